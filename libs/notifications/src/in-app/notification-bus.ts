import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { APP_CONFIG, type AppConfig } from '@app/config';
import type { NotificationParams } from '../templates/render.js';

/** A notification as it travels over Redis to the API instance holding the reader's socket. */
export interface PublishedNotification {
  id: string;
  userId: string;
  kind: string;
  params: NotificationParams;
  createdAt: string;
  readAt: string | null;
  /** The reader's zone when it was sent, so the live message shows times as the list does. */
  timeZone: string;
}

/**
 * Every session of a person ended at once (account deleted, signed out everywhere, password
 * changed): each API instance closes that person's sockets. Carries no secret.
 */
export interface SessionsEnded {
  userId: string;
  /** The account is gone, not merely signed out: its sockets must not reconnect. */
  deleted: boolean;
}

function client(config: AppConfig, options: { subscriber?: boolean } = {}): Redis {
  const redis = new Redis(config.REDIS_URL, {
    lazyConnect: true,
    // A subscriber's first SUBSCRIBE could overtake the ready check's INFO, which Redis then
    // refuses in subscriber mode and the subscription was lost; pub/sub needs no ready check.
    enableReadyCheck: !options.subscriber,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
  redis.on('error', () => undefined);
  return redis;
}

/**
 * Redis pub/sub, one channel per person: the API or the worker publishes, and whichever API
 * instance holds that person's subscription delivers it. Connections open on first use, so a
 * process that never notifies (the command line) opens none.
 */
@Injectable()
export class NotificationBus implements OnApplicationShutdown {
  private readonly logger = new Logger(NotificationBus.name);
  private readonly publisher: Redis;
  private pubsub?: RedisPubSub;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.publisher = client(config);
  }

  private channelOf(userId: string): string {
    return `${this.config.QUEUE_PREFIX}:notifications:${userId}`;
  }

  /** A lost live push is not a lost notification: it is stored, and the list shows it. */
  async publish(notifications: PublishedNotification[]): Promise<void> {
    for (const notification of notifications) {
      await this.publisher
        .publish(this.channelOf(notification.userId), JSON.stringify(notification))
        .catch((error: Error) =>
          this.logger.warn(`Live notification ${notification.id} not pushed: ${error.message}`),
        );
    }
  }

  /** The live feed of one person's notifications. */
  listen(userId: string): AsyncIterableIterator<PublishedNotification> {
    return this.pubSub().asyncIterableIterator(
      this.channelOf(userId),
    ) as AsyncIterableIterator<PublishedNotification>;
  }

  /** Call after the change committed: an instance told earlier could let a socket back in. */
  async publishSessionsEnded(ended: SessionsEnded): Promise<void> {
    await this.publisher
      .publish(this.sessionsEndedChannel(), JSON.stringify(ended))
      .catch((error: Error) =>
        this.logger.warn(`Sessions of ${ended.userId} not ended live: ${error.message}`),
      );
  }

  /** Resolves once Redis confirmed the subscription, so no later publish is missed. */
  async onSessionsEnded(handle: (ended: SessionsEnded) => void): Promise<void> {
    await this.pubSub().subscribe(this.sessionsEndedChannel(), handle);
  }

  private sessionsEndedChannel(): string {
    return `${this.config.QUEUE_PREFIX}:sessions-ended`;
  }

  private pubSub(): RedisPubSub {
    this.pubsub ??= new RedisPubSub({
      publisher: this.publisher,
      subscriber: client(this.config, { subscriber: true }),
    });
    return this.pubsub;
  }

  onApplicationShutdown(): void {
    this.pubsub?.getSubscriber().disconnect();
    this.publisher.disconnect();
  }
}
