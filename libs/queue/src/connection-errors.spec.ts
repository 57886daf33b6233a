import { EventEmitter } from 'node:events';
import { Logger } from '@nestjs/common';
import { jest } from '@jest/globals';
import { logConnectionErrors } from './connection-errors.js';

describe('logConnectionErrors', () => {
  afterEach(() => jest.useRealTimers());

  function watched() {
    const emitter = new EventEmitter();
    const logger = new Logger('test');
    const warn = jest.spyOn(logger, 'warn').mockImplementation(() => undefined);
    logConnectionErrors(emitter, logger, 'Queue matching');
    return { emitter, warn };
  }

  it('takes the error, so that nothing reaches stderr as an unhandled error', () => {
    const { emitter, warn } = watched();
    expect(() => emitter.emit('error', new Error('connect ETIMEDOUT'))).not.toThrow();
    expect(warn).toHaveBeenCalledWith('Queue matching: connect ETIMEDOUT');
  });

  it('logs an outage once, not at every reconnection attempt, and again when the error changes', () => {
    const { emitter, warn } = watched();
    for (let attempt = 0; attempt < 20; attempt++) emitter.emit('error', new Error('connect ECONNREFUSED'));
    emitter.emit('error', new Error('connect ETIMEDOUT'));
    expect(warn.mock.calls.map(([line]) => line)).toEqual([
      'Queue matching: connect ECONNREFUSED',
      'Queue matching: connect ETIMEDOUT',
    ]);
  });

  it('reminds the logs of an outage that lasts, once a minute', () => {
    jest.useFakeTimers({ now: new Date('2026-12-07T10:00:00Z') });
    const { emitter, warn } = watched();
    emitter.emit('error', new Error('connect ECONNREFUSED'));
    jest.setSystemTime(new Date('2026-12-07T10:00:59Z'));
    emitter.emit('error', new Error('connect ECONNREFUSED'));
    jest.setSystemTime(new Date('2026-12-07T10:01:01Z'));
    emitter.emit('error', new Error('connect ECONNREFUSED'));
    expect(warn).toHaveBeenCalledTimes(2);
  });
});
