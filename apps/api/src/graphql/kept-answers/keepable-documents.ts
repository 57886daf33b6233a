import {
  getNamedType,
  isObjectType,
  Kind,
  parse,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { KEPT_ANSWER, KEPT_WITH_PARENT } from '@app/common';

/** What makes an operation's answer keepable: the generation it is valid for, its one root field. */
export interface Keepable {
  generation: string;
  rootField: string;
}

/** Verdicts kept per document text; documents are few (the web app's operations), but bounded. */
const MAX_DOCUMENTS = 500;

/**
 * A field whose value comes from what its parent returned alone: the property of the same name
 * (Nest gives every such field of a code-first object type this resolver), or a field resolver
 * marked KeptWithParent (a label in the request's language, which the key holds). Another field
 * resolver of Nest (@ResolveField) may read anything: it must be marked KeptAnswer to be kept.
 */
function readsParentOnly(field: GraphQLField<unknown, unknown>): boolean {
  return (
    !field.resolve || field.resolve.name === 'rootFieldResolver' || !!field.extensions?.[KEPT_WITH_PARENT]
  );
}

/**
 * Decides once per document text whether an operation's whole answer may be kept: one query
 * operation whose only root field is marked KeptAnswer, every field under it either marked with
 * the same generation or read from what the marked field returned alone (a plain property, a
 * label), so nothing it selects reads data the generation does not cover (a viewer's meetings
 * with a partner, say), and no other root field to count or run.
 */
export class KeepableDocuments {
  private readonly verdicts = new Map<string, Keepable | null>();

  constructor(private readonly schemaOf: () => GraphQLSchema) {}

  keepable(query: string, operationName: string | undefined): Keepable | undefined {
    const key = `${operationName ?? ''}\n${query}`;
    let verdict = this.verdicts.get(key);
    if (verdict === undefined) {
      verdict = this.judge(query, operationName) ?? null;
      this.verdicts.set(key, verdict);
      if (this.verdicts.size > MAX_DOCUMENTS) this.verdicts.delete(this.verdicts.keys().next().value!);
    }
    return verdict ?? undefined;
  }

  private judge(query: string, operationName: string | undefined): Keepable | undefined {
    let document: DocumentNode;
    try {
      document = parse(query, { noLocation: true });
    } catch {
      return undefined;
    }
    const operations = document.definitions.filter(
      (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
    );
    const operation =
      operationName === undefined ? operations : operations.filter((op) => op.name?.value === operationName);
    if (operation.length !== 1 || operation[0].operation !== 'query') return undefined;
    const roots = operation[0].selectionSet.selections;
    if (roots.length !== 1 || roots[0].kind !== Kind.FIELD) return undefined;
    const rootField = roots[0].name.value;
    const schema = this.schemaOf();
    const generation = schema.getQueryType()?.getFields()[rootField]?.extensions?.[KEPT_ANSWER];
    if (typeof generation !== 'string') return undefined;
    const used = new Set([
      operation[0],
      ...document.definitions.filter((d) => d.kind !== Kind.OPERATION_DEFINITION),
    ]);
    let keepable = true;
    const types = new TypeInfo(schema);
    for (const definition of used) {
      visit(
        definition,
        visitWithTypeInfo(types, {
          Field(node) {
            if (node.name.value === '__typename') return;
            const parent = types.getParentType();
            const field = types.getFieldDef();
            const marked = field?.extensions?.[KEPT_ANSWER] === generation;
            const plain = !!field && isObjectType(getNamedType(parent)) && readsParentOnly(field);
            if (!field || !(marked || (parent !== schema.getQueryType() && plain))) keepable = false;
          },
        }),
      );
    }
    return keepable ? { generation, rootField } : undefined;
  }
}
