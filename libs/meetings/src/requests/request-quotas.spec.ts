import { loadConfig } from '@app/config';
import { quotaLimits } from './request-quotas.js';

describe('meeting request quotas', () => {
  it('default to 20 a day and 5 unanswered per company', () => {
    expect(quotaLimits(loadConfig({}))).toEqual({ perDay: 20, unansweredPerCompany: 5 });
  });

  it('are configurable and scale with RATE_LIMIT_SCALE, never below one', () => {
    const config = (env: Record<string, string>) => quotaLimits(loadConfig(env));
    expect(config({ MEETING_REQUESTS_PER_DAY: '40', MEETING_REQUESTS_UNANSWERED_PER_COMPANY: '3' })).toEqual({
      perDay: 40,
      unansweredPerCompany: 3,
    });
    expect(config({ RATE_LIMIT_SCALE: '100' })).toEqual({ perDay: 2000, unansweredPerCompany: 500 });
    expect(config({ RATE_LIMIT_SCALE: '0.01' })).toEqual({ perDay: 1, unansweredPerCompany: 1 });
  });
});
