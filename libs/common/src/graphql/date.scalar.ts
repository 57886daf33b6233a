import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

function parseDate(value: unknown): string {
  if (typeof value === 'string' && DATE_PATTERN.test(value)) {
    const date = new Date(`${value}T00:00:00Z`);
    if (!Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)) return value;
  }
  throw new GraphQLError('Date must be a calendar date written YYYY-MM-DD', {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/** A calendar date without time or zone (`YYYY-MM-DD`), kept as a string end to end. */
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : parseDate(value)),
  parseValue: parseDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('Date must be a string YYYY-MM-DD');
    return parseDate(ast.value);
  },
});
