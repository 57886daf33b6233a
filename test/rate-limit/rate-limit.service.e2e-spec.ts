import type { Redis } from 'ioredis';
import { RateLimiter, RateLimiterModule, type Limit } from '@app/rate-limit';
import { REDIS } from '@app/redis';
import { startServices, type Services } from '../support/services.js';

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
/** The start of a window (windows are aligned on multiples of their length), so waits are exact. */
const T0 = Date.UTC(2031, 0, 6, 9, 0);

describe('rate limits, through the limiter on the real Redis (medium test)', () => {
  let services: Services;
  let limiter: RateLimiter;

  /**
   * The limiter reads the time from `Date.now()`: tests set the moment instead of waiting for it
   * (Redis's expiry of the keys runs on its own clock, and only tidies up).
   */
  const at = (ms: number) => import.meta.jest.spyOn(Date, 'now').mockReturnValue(ms);
  /** Each call's verdict, in order: undefined when admitted, else the seconds to wait. */
  const calls = async (limit: Limit, n: number) => {
    const verdicts = [];
    for (let i = 0; i < n; i += 1) verdicts.push(await limiter.hit(limit));
    return verdicts;
  };

  beforeAll(async () => {
    services = await startServices([RateLimiterModule], { database: false });
    limiter = services.app.get(RateLimiter);
  });

  afterEach(() => import.meta.jest.restoreAllMocks());

  afterAll(() => services?.close());

  it('admits calls up to the budget, then refuses saying how long to wait, and admits again after that', async () => {
    const limit = { key: 'user:julie', max: 3, windowMs: MINUTE };
    at(T0);
    expect(await calls(limit, 3)).toEqual([undefined, undefined, undefined]);
    expect(await limiter.hit(limit)).toBe(80);
    // A refused call does not count: one second short of the wait, the answer is one second more.
    at(T0 + 79 * SECOND);
    expect(await limiter.hit(limit)).toBe(1);
    at(T0 + 80 * SECOND);
    expect(await limiter.hit(limit)).toBeUndefined();
  });

  it('gives the whole budget back once a window has passed with no call', async () => {
    const limit = { key: 'user:marc', max: 3, windowMs: MINUTE };
    at(T0);
    await calls(limit, 3);
    expect(await limiter.hit(limit)).toBeGreaterThan(0);
    at(T0 + 2 * MINUTE);
    expect(await calls(limit, 4)).toEqual([undefined, undefined, undefined, expect.any(Number)]);
  });

  it('keeps each key’s budget apart: one caller over theirs does not slow another', async () => {
    at(T0);
    const julie = { key: 'requestMeeting:user:julie', max: 2, windowMs: MINUTE };
    const ann = { key: 'requestMeeting:user:ann', max: 2, windowMs: MINUTE };
    await calls(julie, 2);
    expect(await limiter.hit(julie)).toBeGreaterThan(0);
    expect(await calls(ann, 2)).toEqual([undefined, undefined]);
    // The same caller under another operation has a budget of its own too.
    expect(await limiter.hit({ ...julie, key: 'inviteMember:user:julie' })).toBeUndefined();
  });

  it('admits exactly the budget of calls arriving at once (each counted by one atomic script)', async () => {
    at(T0);
    const limit = { key: 'ip:10.0.0.7', max: 5, windowMs: MINUTE };
    const verdicts = await Promise.all(Array.from({ length: 20 }, () => limiter.hit(limit)));
    expect(verdicts.filter((v) => v === undefined)).toHaveLength(5);
    expect(verdicts.filter((v) => v !== undefined)).toHaveLength(15);
  });

  it('keeps no budget in Redis longer than two windows', async () => {
    const limit = { key: 'ip:10.0.0.8', max: 5, windowMs: MINUTE };
    await limiter.hit(limit);
    const redis = services.app.get<Redis>(REDIS);
    const keys = await redis.keys(`${services.config.QUEUE_PREFIX}:rate:ip:10.0.0.8:*`);
    expect(keys).toHaveLength(1);
    const ttl = await redis.pttl(keys[0]);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(2 * MINUTE);
  });
});
