import type { CompanyEntity } from '@app/companies';
import { FeedCache, type CachedFeed } from './feed-cache.js';

function feedOf(...partnerIds: string[]): CachedFeed {
  return {
    rows: [],
    partners: new Map(partnerIds.map((id) => [id, { id } as CompanyEntity])),
    edges: new Map(),
  };
}

describe('feeds kept in memory per feed generation', () => {
  it('serves a feed again until a newer generation is read, then loads it anew', async () => {
    const cache = new FeedCache();
    let loads = 0;
    const load = async () => {
      loads += 1;
      return feedOf('a');
    };
    const first = await cache.feed(3, 'k', load);
    expect(await cache.feed(3, 'k', load)).toBe(first);
    expect(loads).toBe(1);
    expect(await cache.feed(4, 'k', load)).not.toBe(first);
    expect(loads).toBe(2);
  });

  it('never stores what a reader of an older generation loaded', async () => {
    const cache = new FeedCache();
    const current = await cache.feed(7, 'k', async () => feedOf('new'));
    const late = await cache.feed(6, 'k', async () => feedOf('old'));
    expect(late.partners.has('old')).toBe(true);
    expect(await cache.feed(7, 'k', async () => feedOf('other'))).toBe(current);
  });

  it('lets concurrent readers share one load, and forgets a load that failed', async () => {
    const cache = new FeedCache();
    let loads = 0;
    let release!: () => void;
    const slow = () => {
      loads += 1;
      return new Promise<CachedFeed>((resolve) => (release = () => resolve(feedOf('a'))));
    };
    const both = Promise.all([cache.feed(1, 'k', slow), cache.feed(1, 'k', slow)]);
    release();
    const [one, two] = await both;
    expect(one).toBe(two);
    expect(loads).toBe(1);

    await expect(cache.feed(1, 'broken', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect((await cache.feed(1, 'broken', async () => feedOf('b'))).partners.has('b')).toBe(true);
  });

  it('hands a feed the partners other feeds of the generation already loaded', async () => {
    const cache = new FeedCache();
    await cache.feed(2, 'one', async () => feedOf('p1', 'p2'));
    let known: ReadonlyMap<string, CompanyEntity> = new Map();
    await cache.feed(2, 'two', async (partners) => {
      known = new Map(partners);
      return feedOf('p3');
    });
    expect([...known.keys()].sort()).toEqual(['p1', 'p2']);
  });
});
