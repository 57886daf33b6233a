import { ConfigError, isWeakPassword, loadConfig } from './app-config.js';

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

describe('configuration', () => {
  it('has working defaults for local development', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/passerelle');
    expect(config.REDIS_URL).toBe('redis://127.0.0.1:6379/0');
    expect(config.PUBLIC_URL).toBe('http://localhost:3000');
    expect(config.SEED_DEMO).toBe(true);
  });

  it('names every bad value with what is expected', () => {
    const problems = problemsOf({ PORT: 'abc', REDIS_URL: 'http://x', SEED_DEMO: 'maybe' });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^PORT: expected a port number/),
        expect.stringMatching(/^REDIS_URL: expected a URL starting with redis:/),
        expect.stringMatching(/^SEED_DEMO: expected true or false/),
      ]),
    );
  });

  it('refuses to start in production without a strong secret', () => {
    expect(problemsOf({ NODE_ENV: 'production' })).toEqual([expect.stringMatching(/^JWT_SECRET: required/)]);
    expect(problemsOf({ NODE_ENV: 'production', JWT_SECRET: 'short' })).toEqual([
      expect.stringMatching(/at least 32/),
    ]);
    expect(
      problemsOf({ NODE_ENV: 'production', JWT_SECRET: 'development-only-secret-change-me-please-0000' }),
    ).toEqual([expect.stringMatching(/known default/)]);
    expect(problemsOf({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(20) + 'Y7#kq2LmP9vR4tZ' })).toEqual(
      [],
    );
  });

  it('refuses a production secret with low entropy, however long', () => {
    const predictable = [
      'a'.repeat(64),
      'ab'.repeat(32),
      '0123'.repeat(10),
      'passwordpasswordpasswordpassword',
    ];
    for (const JWT_SECRET of predictable) {
      expect(problemsOf({ NODE_ENV: 'production', JWT_SECRET })).toEqual([
        expect.stringMatching(/^JWT_SECRET: too predictable for production \(\d+ distinct characters/),
      ]);
    }
    // What `openssl rand -hex 16` and `-base64 32` print is accepted.
    for (const JWT_SECRET of [
      '3f9c1a7be04d5286c1e9a0f47b2d38e5',
      'q7Vx2mPz9LkR4tW8bN1cY6hJ3sD0fG5aE+uQ/iO=',
    ]) {
      expect(problemsOf({ NODE_ENV: 'production', JWT_SECRET })).toEqual([]);
    }
  });

  it('refuses default admin credentials in production', () => {
    const env = { NODE_ENV: 'production', JWT_SECRET: 'a-very-long-and-random-secret-4815162342' };
    expect(problemsOf({ ...env, ADMIN_EMAIL: 'a@b.ca', ADMIN_PASSWORD: 'admin123' })).toEqual([
      expect.stringMatching(/^ADMIN_PASSWORD: too weak/),
    ]);
    expect(isWeakPassword('Correct-Horse-Battery-9')).toBe(false);
  });
});
