import { eventually } from '../support/eventually.js';
import type { TestApp } from '../support/test-app.js';

async function waitForRun(t: TestApp, token: string, id: string) {
  const run = await eventually(
    'the matching run to finish',
    async () =>
      (
        await t.gql<{ matchingRun: { id: string; status: string } }>(
          'query($id: ID!) { matchingRun(id: $id) { id status } }',
          { id },
          { token },
        )
      ).data!.matchingRun,
    (r) => ['COMPLETED', 'FAILED'].includes(r.status),
  );
  if (run.status === 'FAILED') throw new Error('matching run failed');
  return run;
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
