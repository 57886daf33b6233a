import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { QueryErrorLogger } from './query-error-logger.js';

describe('the database error log', () => {
  it('names the failed statement and the fault but never the values people typed', () => {
    const written: string[] = [];
    const spy = jest.spyOn(Logger.prototype, 'error').mockImplementation((message: unknown) => {
      written.push(String(message));
    });
    new QueryErrorLogger().logQueryError(
      new Error('value too long for type character varying(200)'),
      'UPDATE users SET name = $1\n   WHERE email = $2',
      ['A very long name', 'someone@example.test'],
    );
    spy.mockRestore();
    expect(written).toEqual([
      'Query failed: value too long for type character varying(200) (2 parameters withheld) UPDATE users SET name = $1 WHERE email = $2',
    ]);
  });
});
