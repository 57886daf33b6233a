import type { Viewer } from '../http/request-context.js';
import { RequestLoaders, type BatchLoader } from './request-loaders.js';

class SquareLoader implements BatchLoader<number, number> {
  readonly batches: number[][] = [];
  async load(keys: readonly number[]) {
    this.batches.push([...keys]);
    return keys.map((k) => (k < 0 ? null : k * k));
  }
}

class CompanyOfViewerLoader implements BatchLoader<string, string> {
  async load(keys: readonly string[], viewer: Viewer | undefined) {
    return keys.map((k) => `${k}@${viewer?.companyId ?? 'none'}`);
  }
}

const viewer: Viewer = { userId: 'u1', role: 'MEMBER', companyId: 'c1', association: null, locale: 'fr' };

function loadersOf(...batches: BatchLoader<never, unknown>[]) {
  const byClass = new Map(batches.map((b) => [b.constructor, b]));
  return new RequestLoaders(
    (key) => byClass.get(key) as never,
    () => viewer,
  );
}

describe('request loaders', () => {
  it('gives every resolver the same loader for a class, so their keys share one batch', async () => {
    const squares = new SquareLoader();
    const loaders = loadersOf(squares as never);
    expect(loaders.get(SquareLoader)).toBe(loaders.get(SquareLoader));
    const [a, b, c] = await Promise.all([
      loaders.get(SquareLoader).load(2),
      loaders.get(SquareLoader).load(3),
      loaders.get(SquareLoader).load(-1),
    ]);
    expect([a, b, c]).toEqual([4, 9, null]);
    expect(squares.batches).toEqual([[2, 3, -1]]);
    await loaders.get(SquareLoader).load(2);
    expect(squares.batches).toHaveLength(1);
  });

  it('keeps nothing from one request for the next', async () => {
    const squares = new SquareLoader();
    await loadersOf(squares as never)
      .get(SquareLoader)
      .load(2);
    await loadersOf(squares as never)
      .get(SquareLoader)
      .load(2);
    expect(squares.batches).toEqual([[2], [2]]);
  });

  it('hands the batch the request’s viewer', async () => {
    const loaders = loadersOf(new CompanyOfViewerLoader() as never);
    expect(await loaders.get(CompanyOfViewerLoader).load('x')).toBe('x@c1');
  });
});
