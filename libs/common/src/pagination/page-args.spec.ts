import { AppException } from '../errors/app.exception.js';
import { encodeCursor, parsePage, toConnection } from './page-args.js';

function fieldsOf(call: () => unknown): string[] {
  try {
    call();
  } catch (error) {
    if (error instanceof AppException) return error.fields.map((f) => f.path);
  }
  return [];
}

describe('pages', () => {
  it('refuses a page size outside 0..100 instead of cutting it down', () => {
    expect(fieldsOf(() => parsePage(101, null, 1))).toEqual(['first']);
    expect(fieldsOf(() => parsePage(-1, null, 1))).toEqual(['first']);
    expect(parsePage(100, null, 1).first).toBe(100);
    expect(parsePage(0, null, 1).first).toBe(0);
  });

  it('names a forged cursor', () => {
    expect(fieldsOf(() => parsePage(10, 'not-a-cursor', 2))).toEqual(['after']);
    expect(fieldsOf(() => parsePage(10, encodeCursor(['a']), 2))).toEqual(['after']);
    expect(parsePage(10, encodeCursor(['a', 1]), 2).after).toEqual(['a', 1]);
  });

  it('says whether another page follows', () => {
    const page = parsePage(2, null, 1);
    const connection = toConnection([{ id: 1 }, { id: 2 }, { id: 3 }], page, 3, (r) => [r.id]);
    expect(connection.edges.map((e) => e.node.id)).toEqual([1, 2]);
    expect(connection.pageInfo.hasNextPage).toBe(true);
    expect(parsePage(2, connection.pageInfo.endCursor, 1).after).toEqual([2]);
  });
});
