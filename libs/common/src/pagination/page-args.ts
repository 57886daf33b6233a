import { COMMON_MESSAGES } from '../i18n/common.messages.js';
import { FieldProblems } from '../errors/field-problems.js';

export const MAX_PAGE_SIZE = 100;

export interface PageRequest<K> {
  first: number;
  after?: K;
}

/**
 * Keyset cursors: the sort key of the last row seen, opaque to clients. A page never repeats or
 * skips a row when rows are added before it, unlike offsets.
 */
export function encodeCursor(key: readonly unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

function decodeCursor(cursor: string, arity: number): unknown[] | undefined {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return Array.isArray(key) && key.length === arity ? key : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Checks `first` (0..100, never silently cut down) and `after` together, so that a request
 * with two bad arguments hears about both.
 */
export function parsePage<K extends unknown[]>(
  first: number | null | undefined,
  after: string | null | undefined,
  arity: number,
): PageRequest<K> {
  const problems = new FieldProblems();
  const size = first ?? 20;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    problems.add('first', COMMON_MESSAGES.firstOutOfRange, { max: MAX_PAGE_SIZE });
  }
  let key: unknown[] | undefined;
  if (after) {
    key = decodeCursor(after, arity);
    if (!key) problems.add('after', COMMON_MESSAGES.badCursor);
  }
  problems.throwIfAny();
  return { first: size, after: key as K | undefined };
}

export interface Connection<T> {
  edges: { node: T; cursor: string }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor?: string; endCursor?: string };
  totalCount: number;
}

/**
 * Builds a connection from `first + 1` rows fetched after the cursor: the extra row only tells
 * whether another page exists.
 */
export function toConnection<T>(
  rows: T[],
  page: PageRequest<unknown[]>,
  totalCount: number,
  keyOf: (row: T) => unknown[],
): Connection<T> {
  const visible = rows.slice(0, page.first);
  const edges = visible.map((node) => ({ node, cursor: encodeCursor(keyOf(node)) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > page.first,
      hasPreviousPage: page.after !== undefined,
      startCursor: edges[0]?.cursor,
      endCursor: edges.at(-1)?.cursor,
    },
    totalCount,
  };
}
