import { GraphQLScalarType, Kind } from 'graphql';

/** RFC 3339: a date, a time (seconds and fractions optional) and an offset, `Z` or ±HH:MM. */
const INSTANT_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/i;

function isCalendarDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Reads an instant, or refuses it: `new Date` would take "yesterday" (an invalid date that only
 * PostgreSQL refuses, as a server fault), roll 30 February into March and read a text without an
 * offset in the server's zone.
 */
function parseInstant(value: unknown): Date {
  const parts = typeof value === 'string' ? INSTANT_PATTERN.exec(value) : null;
  if (parts) {
    const [year, month, day, hours, minutes, seconds = 0, offsetHours = 0, offsetMinutes = 0] = parts
      .slice(1)
      .map((part) => (part === undefined ? undefined : Number(part)));
    const instant = new Date(value as string);
    if (
      isCalendarDay(year!, month!, day!) &&
      hours! < 24 &&
      minutes! < 60 &&
      seconds < 60 &&
      offsetHours < 24 &&
      offsetMinutes < 60 &&
      !Number.isNaN(instant.getTime())
    ) {
      return instant;
    }
  }
  // A TypeError, not a GraphQLError: graphql-js then names the value and the type (or the
  // variable) before this text, for a literal as for a variable.
  throw new TypeError(
    'DateTime must be a date and time with its offset, such as 2026-12-03T10:00:00-05:00 or 2026-12-03T15:00:00Z',
  );
}

/** Instants in and out; every DateTime of the schema (the Date type of the resolvers' classes). */
export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description:
    'A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format.',
  // Out, as the default scalar did: a Date, or the text or epoch a raw query may hand back.
  serialize: (value) => {
    const instant =
      value instanceof Date
        ? value
        : typeof value === 'string' || typeof value === 'number'
          ? new Date(value)
          : null;
    if (!instant || Number.isNaN(instant.getTime()))
      throw new TypeError('DateTime cannot represent this value');
    return instant.toISOString();
  },
  parseValue: parseInstant,
  parseLiteral: (ast) => parseInstant(ast.kind === Kind.STRING ? ast.value : undefined),
});
