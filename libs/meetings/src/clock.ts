import { Injectable } from '@nestjs/common';

/**
 * The time every meeting rule reads (past slots, expiry, reminders, quotas). One injectable
 * source, so tests move time forward by replacing `now` instead of sleeping.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
