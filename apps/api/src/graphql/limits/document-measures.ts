import {
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  Lexer,
  Source,
  TokenKind,
  visit,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/** The largest page a connection serves (`first` above it is refused by the services themselves). */
export const MAX_PAGE = 100;
/** Lists without a page argument (reasons, meetings, offers) are counted as this many items. */
export const ASSUMED_LIST_SIZE = 10;

export interface OperationMeasures {
  depth: number;
  cost: number;
}

/**
 * Counts lexical tokens, stopping one past `max` so that a huge document costs no more than the
 * limit. A lexing error stops the count: the parser reports it properly afterwards.
 */
export function countTokens(query: string, max: number): number {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF && count <= max) count += 1;
  } catch {
    return count;
  }
  return count;
}

/** Aliases and directives anywhere in the document, fragments included. */
export function countAliasesAndDirectives(document: DocumentNode): { aliases: number; directives: number } {
  let aliases = 0;
  let directives = 0;
  visit(document, {
    Field: (node) => {
      if (node.alias) aliases += 1;
    },
    Directive: () => {
      directives += 1;
    },
  });
  return { aliases, directives };
}

/**
 * Depth and cost of one operation. Each field costs 1; the fields under a list cost once per item,
 * the item count being the `first`/`last` asked (or the argument's default; at most MAX_PAGE) and
 * ASSUMED_LIST_SIZE for lists without one. Fragments are measured once each (memoised), so a
 * document that spreads fragments inside fragments cannot make the measure itself expensive.
 * Introspection fields are left out: production refuses introspection outright.
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): OperationMeasures {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const measuredFragments = new Map<string, OperationMeasures>();

  const pageSize = (node: FieldNode, field: GraphQLField<unknown, unknown>): number | undefined => {
    for (const name of ['first', 'last']) {
      const definition = field.args.find((a) => a.name === name);
      if (!definition) continue;
      const given = node.arguments?.find((a) => a.name.value === name)?.value;
      const value = (given && intValue(given, variables)) ?? definition.defaultValue;
      const size = typeof value === 'number' ? value : MAX_PAGE;
      return Math.min(Math.max(size, 0), MAX_PAGE);
    }
    return undefined;
  };

  const measure = (
    selectionSet: SelectionSetNode,
    parent: GraphQLNamedType | undefined,
  ): OperationMeasures => {
    let depth = 0;
    let cost = 0;
    for (const selection of selectionSet.selections) {
      let inner: OperationMeasures;
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        const field =
          parent && (isObjectType(parent) || isInterfaceType(parent))
            ? parent.getFields()[selection.name.value]
            : undefined;
        const child = selection.selectionSet
          ? measure(selection.selectionSet, field ? getNamedType(field.type) : undefined)
          : { depth: 0, cost: 0 };
        // A connection's edges are the page already counted on the connection field.
        const inConnection = parent?.name.endsWith('Connection') ?? false;
        const items = !field
          ? 1
          : (pageSize(selection, field) ??
            (isListType(getNullableType(field.type)) && !inConnection ? ASSUMED_LIST_SIZE : 1));
        inner = { depth: child.depth + 1, cost: 1 + items * child.cost };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        inner = measure(selection.selectionSet, type ?? undefined);
      } else {
        const name = selection.name.value;
        const known = measuredFragments.get(name);
        const fragment = fragments.get(name);
        if (known) inner = known;
        else if (!fragment) continue;
        else {
          inner = measure(
            fragment.selectionSet,
            schema.getType(fragment.typeCondition.name.value) ?? undefined,
          );
          measuredFragments.set(name, inner);
        }
      }
      depth = Math.max(depth, inner.depth);
      cost += inner.cost;
    }
    return { depth, cost };
  };

  const root =
    operation.operation === 'query'
      ? schema.getQueryType()
      : operation.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  return measure(operation.selectionSet, root ?? undefined);
}

function intValue(node: ValueNode, variables: Record<string, unknown>): number | undefined {
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) {
    const value = variables[node.name.value];
    return typeof value === 'number' ? value : undefined;
  }
  return undefined;
}
