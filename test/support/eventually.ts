/**
 * How long a test waits for another process before calling it a hang. On a busy two-core machine
 * a job that takes a second alone can take twenty, and one CI run saw an app start-up take over a
 * minute: only a real hang should fail a test.
 */
export const HANG_MS = 90_000;

/**
 * Reads until `done` holds, for work another process finishes (the worker, a restarted server).
 * A hang fails the test naming `what`.
 */
export async function eventually<T>(
  what: string,
  read: () => Promise<T>,
  done: (value: T) => boolean,
  { timeoutMs = HANG_MS, everyMs = 100 }: { timeoutMs?: number; everyMs?: number } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
