import type { Logger } from '@nestjs/common';

/** The least time between two log lines of the same connection error. */
const REPEAT_AFTER_MS = 60_000;

interface ErrorEmitter {
  on(event: 'error', listener: (error: Error) => void): unknown;
}

/**
 * Logs a BullMQ queue's, worker's or event stream's connection errors through the app's logger.
 * Without a listener BullMQ prints every one to stderr as an "Unhandled error", bypassing the
 * JSON logs, and a Redis outage repeats the same error at each reconnection attempt: a message
 * is logged again only when it changes or a minute has passed.
 */
export function logConnectionErrors(emitter: ErrorEmitter, logger: Logger, label: string): void {
  let lastMessage: string | undefined;
  let lastAt = 0;
  emitter.on('error', (error) => {
    const now = Date.now();
    if (error.message === lastMessage && now - lastAt < REPEAT_AFTER_MS) return;
    lastMessage = error.message;
    lastAt = now;
    logger.warn(`${label}: ${error.message}`);
  });
}
