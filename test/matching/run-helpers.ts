import type { TestApp } from '../support/test-app.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForRun(t: TestApp, token: string, id: string) {
  for (let i = 0; i < 400; i += 1) {
    const run = await t.gql<{ matchingRun: { id: string; status: string } }>(
      'query($id: ID!) { matchingRun(id: $id) { id status } }',
      { id },
      { token },
    );
    const status = run.data!.matchingRun.status;
    if (status === 'COMPLETED') return run.data!.matchingRun;
    if (status === 'FAILED') throw new Error('matching run failed');
    await sleep(50);
  }
  throw new Error('matching run did not finish');
}

/** Starts a full rescoring as staff (or joins the waiting one) and waits until the worker swapped it in. */
export async function runFullRescore(t: TestApp, token: string): Promise<{ id: string; status: string }> {
  const started = await t.gql<{ rescoreAll: { id: string } }>(
    'mutation { rescoreAll { id } }',
    {},
    { token },
  );
  if (!started.data) throw new Error(JSON.stringify(started.errors));
  return waitForRun(t, token, started.data.rescoreAll.id);
}
