import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { AppConfig } from '@app/config';
import { FailOpen } from '@app/redis';

/**
 * Takes a slot when the person holds fewer than the cap, after dropping the slots whose lease
 * ran out (their instance stopped renewing them: it died or lost Redis). Atomic because Redis
 * runs the script alone, so two instances never both take the last slot.
 *
 * KEYS: the person's sorted set. ARGV: now (ms), cap, lease end (ms), slot, lease (ms).
 * Returns { 1, slots held with this one } or { 0, slots held }.
 */
export const TAKE_SLOT_SCRIPT = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
local held = redis.call('ZCARD', KEYS[1])
if held >= tonumber(ARGV[2]) then
  return { 0, held }
end
redis.call('ZADD', KEYS[1], ARGV[3], ARGV[4])
redis.call('PEXPIRE', KEYS[1], ARGV[5])
return { 1, held + 1 }
`;

interface WithTakeSlot {
  passerelleTakeSlot(...args: (string | number)[]): Promise<[number, number]>;
}

/** Taken, or refused with the count of slots the person already holds. */
export type SlotVerdict = { taken: true } | { taken: false; held: number };

/**
 * A person's live subscriptions counted across every API instance: one Redis sorted set per
 * person (`<QUEUE_PREFIX>:live-subscriptions:<user id>`), one member per live operation
 * (`<instance>:<socket>:<operation id>`), scored by the end of its lease. The instance holding
 * the socket renews its slots every third of a lease and gives each back when the operation
 * completes or the socket closes; a slot of an instance that died lapses at its lease's end and
 * the next take drops it. When Redis is unreachable, subscriptions are let through (they need
 * Redis for their events anyway) and the log says so.
 */
export class SubscriptionSlots {
  private readonly logger = new Logger('Subscriptions');
  private readonly failOpen = new FailOpen(this.logger, 'Subscriptions per person not capped');
  private readonly instance = randomUUID();
  private readonly slotsOfUser = new Map<string, Set<string>>();
  private renewal?: NodeJS.Timeout;

  constructor(
    private readonly config: AppConfig,
    private readonly redis: Redis,
  ) {
    redis.defineCommand('passerelleTakeSlot', { numberOfKeys: 1, lua: TAKE_SLOT_SCRIPT });
  }

  /** The name of one operation's slot: unique across instances and sockets. */
  slotName(socket: number, operationId: string): string {
    return `${this.instance}:${socket}:${operationId}`;
  }

  async take(userId: string, slot: string): Promise<SlotVerdict> {
    const now = Date.now();
    const result = await this.failOpen.run(() =>
      (this.redis as Redis & WithTakeSlot).passerelleTakeSlot(
        this.keyOf(userId),
        now,
        this.config.GRAPHQL_WS_SUBSCRIPTIONS_PER_USER,
        now + this.leaseMs,
        slot,
        this.leaseMs,
      ),
    );
    if (result && result[0] === 0) return { taken: false, held: result[1] };
    const slots = this.slotsOfUser.get(userId) ?? new Set();
    this.slotsOfUser.set(userId, slots.add(slot));
    this.renewal ??= setInterval(() => void this.renew(), this.leaseMs / 3).unref();
    return { taken: true };
  }

  async give(userId: string, slot: string): Promise<void> {
    const slots = this.slotsOfUser.get(userId);
    if (!slots?.delete(slot)) return;
    if (slots.size === 0) this.slotsOfUser.delete(userId);
    if (this.slotsOfUser.size === 0) {
      clearInterval(this.renewal);
      this.renewal = undefined;
    }
    await this.failOpen.run(() => this.redis.zrem(this.keyOf(userId), slot));
  }

  /**
   * Moves the lease of every slot this instance holds. XX: a slot given back (or dropped after an
   * outage longer than a lease) is not taken again behind the cap's back.
   */
  private async renew(): Promise<void> {
    const until = Date.now() + this.leaseMs;
    const batch = this.redis.pipeline();
    for (const [userId, slots] of this.slotsOfUser) {
      const key = this.keyOf(userId);
      batch.zadd(key, 'XX', ...[...slots].flatMap((slot) => [until, slot]));
      batch.pexpire(key, this.leaseMs);
    }
    await this.failOpen.run(() => batch.exec());
  }

  private get leaseMs(): number {
    return this.config.GRAPHQL_WS_SUBSCRIPTION_LEASE_SECONDS * 1000;
  }

  private keyOf(userId: string): string {
    return `${this.config.QUEUE_PREFIX}:live-subscriptions:${userId}`;
  }
}
