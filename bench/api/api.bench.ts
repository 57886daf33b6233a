// `npm run bench:api [-- --seconds 10 --connections 10 --soak-minutes 0 --api-processes 1,2,cores]`: the built API and worker
// on a fresh demo database (created and dropped here), loaded over loopback with autocannon.
import autocannon, { type Result } from 'autocannon';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { BenchStack, until } from './stack.js';
import { webFeedPage, type PageRequest } from './web-feed-page.js';

const DEMO_PASSWORD = 'Passerelle-Demo-2026';
const GOAL = { feedShareOfBare: 0.75, feedP99Ms: 25 };
const FEED = `query { suggestedConnections(first: 20) {
  edges { node { score partner { id name } reasons { code message } } } } }`;
const REQUEST_MEETING = `mutation($to: ID!, $slots: [TimeRangeInput!]) {
  requestMeeting(toCompanyId: $to, proposedSlots: $slots, message: "Bench") { id } }`;

const WARM_UP_SECONDS = 2;

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    'soak-minutes': { type: 'string', default: '0' },
    // "1,2,cores": the whole measurement once per count of API processes behind one port.
    'api-processes': { type: 'string', default: '1' },
  },
});
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const soakMinutes = Number(values['soak-minutes']);

function line(label: string, result: Result, extra = ''): void {
  const failed = result.errors + result.timeouts + result.non2xx;
  console.log(
    `${label.padEnd(34)} ${result.requests.average.toFixed(0).padStart(6)} req/s  p50 ${String(result.latency.p50).padStart(4)} ms  p99 ${String(result.latency.p99).padStart(4)} ms${failed ? `  failed ${failed}` : ''}${extra}`,
  );
}

async function login(stack: BenchStack, email: string): Promise<string> {
  const data = await stack.gql<{ login: { accessToken: string } }>(
    `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }`,
    { email, password: DEMO_PASSWORD },
  );
  return data.login.accessToken;
}

/** One query again and again, or a sequence of them (a page's requests) in turn on each connection. */
async function post(stack: BenchStack, query: string | PageRequest[], token?: string, duration = seconds) {
  const cpuBefore = stack.cpuMs('api');
  const headers = {
    'content-type': 'application/json',
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  };
  const bodies = typeof query === 'string' ? [{ query }] : query;
  const result = await autocannon({
    url: stack.graphqlUrl,
    connections,
    duration,
    requests: bodies.map((body) => ({
      method: 'POST',
      path: '/graphql',
      headers,
      body: JSON.stringify(body),
    })),
  });
  const served = result.requests.total || 1;
  return Object.assign(result, { apiCpuUs: ((stack.cpuMs('api') - cpuBefore) * 1000) / served });
}

/** Each request asks a different company, so the one-pending-request-per-pair rule does not refuse it. */
async function meetingRequests(stack: BenchStack, token: string, ownCompany: string) {
  const targets = (
    await stack.query<{ id: string }>(
      `SELECT id FROM companies WHERE matchmaking_opt_in AND id <> $1 ORDER BY id`,
      [ownCompany],
    )
  ).map((r) => r.id);
  const start = new Date(Date.now() + 7 * 24 * 3600 * 1000);
  start.setUTCHours(15, 0, 0, 0);
  const slots = [{ start, end: new Date(start.getTime() + 3600 * 1000) }];
  let next = 0;
  const outcome = { accepted: 0, refused: new Map<string, number>() };
  const result = await autocannon({
    url: stack.graphqlUrl,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        path: '/graphql',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        setupRequest: (request) => ({
          ...request,
          body: JSON.stringify({
            query: REQUEST_MEETING,
            variables: { to: targets[next++ % targets.length], slots },
          }),
        }),
        onResponse: (_status, body) => {
          const parsed = JSON.parse(body) as { data?: unknown; errors?: { extensions: { code: string } }[] };
          const code = parsed.errors?.[0]?.extensions.code;
          if (!code) outcome.accepted += 1;
          else outcome.refused.set(code, (outcome.refused.get(code) ?? 0) + 1);
        },
      },
    ],
  });
  return { result, outcome, targets: targets.length };
}

const processCounts = values['api-processes']
  .split(',')
  .map((count) => (count.trim() === 'cores' ? availableParallelism() : Number(count)));

async function main(): Promise<void> {
  const served: Array<{ processes: number; bare: number; feed: number }> = [];
  for (const processes of processCounts) {
    console.log(`\n== ${processes} API process${processes > 1 ? 'es' : ''} behind one port`);
    const result = await measure(processes);
    if (!result) return;
    served.push({ processes, ...result });
  }
  if (served.length > 1) {
    const [first] = served;
    console.log('\nThroughput by API processes (req/s, and × the first count):');
    for (const { processes, bare, feed } of served)
      console.log(
        `  ${String(processes).padStart(2)}: bare ${bare.toFixed(0)} (× ${(bare / first.bare).toFixed(2)}), ` +
          `feed ${feed.toFixed(0)} (× ${(feed / first.feed).toFixed(2)})`,
      );
  }
}

/** One stack with `processes` API processes: the loads, the memory, the goal. */
async function measure(processes: number): Promise<{ bare: number; feed: number } | undefined> {
  const stack = new BenchStack(
    process.env.BENCH_DATABASE_SERVER ?? 'postgres://postgres@127.0.0.1:5432',
    process.env.REDIS_URL ?? 'redis://127.0.0.1:6379/0',
    processes,
  );
  const interrupted = () => void stack.tearDown().finally(() => process.exit(130));
  process.once('SIGINT', interrupted);
  try {
    const setUp = performance.now();
    await stack.start();
    const staff = await login(stack, 'personnel@bioquebec.demo');
    await until('the first matching run to complete', 300_000, async () => {
      const { matchingRuns } = await stack.gql<{ matchingRuns: { status: string }[] }>(
        `{ matchingRuns(last: 1) { status } }`,
        {},
        staff,
      );
      if (matchingRuns[0]?.status === 'FAILED') throw new Error('the first matching run failed');
      return matchingRuns[0]?.status === 'COMPLETED';
    });
    const member = await login(stack, 'admin@quebec.demo');
    const [{ company_id: ownCompany }] = await stack.query<{ company_id: string }>(
      `SELECT company_id FROM users WHERE email = 'admin@quebec.demo'`,
    );
    console.log(
      `ready in ${((performance.now() - setUp) / 1000).toFixed(0)} s; ${seconds} s per load, ${connections} connections`,
    );
    const before = { api: stack.rssMb('api'), worker: stack.rssMb('worker') };

    // Both paths run a moment before they are measured: compiled, and the feed in memory.
    await post(stack, '{ __typename }', undefined, WARM_UP_SECONDS);
    await post(stack, FEED, member, WARM_UP_SECONDS);
    const bare = await post(stack, '{ __typename }');
    line('bare { __typename }', bare, `  API CPU ${bare.apiCpuUs.toFixed(0)} µs/request`);
    const feed = await post(stack, FEED, member);
    line('suggestedConnections(first: 20)', feed, `  API CPU ${feed.apiCpuUs.toFixed(0)} µs/request`);
    const page = await webFeedPage((request) => stack.gql(request.query, request.variables, member));
    await post(stack, page, member, WARM_UP_SECONDS);
    const web = await post(stack, page, member);
    line(
      `web feed page (${page.map((r) => r.operationName).join(' + ')})`,
      web,
      `  ${(web.requests.average / page.length).toFixed(0)} pages/s, API CPU ${(web.apiCpuUs * page.length).toFixed(0)} µs/page`,
    );
    if (page.length > 1) {
      for (const request of page) {
        const alone = await post(stack, [request], member);
        line(`  ${request.operationName} alone`, alone, `  API CPU ${alone.apiCpuUs.toFixed(0)} µs/request`);
      }
    }
    const meetings = await meetingRequests(stack, member, ownCompany);
    const refused = [...meetings.outcome.refused].map(([code, n]) => `${code} ${n}`).join(', ') || 'none';
    line(
      'requestMeeting',
      meetings.result,
      `  accepted ${(meetings.outcome.accepted / seconds).toFixed(0)}/s (${meetings.outcome.accepted}), refused: ${refused}; ${meetings.targets} targets`,
    );

    for (let minute = 1; minute <= soakMinutes; minute += 1) {
      const soak = await post(stack, FEED, member, 60);
      line(`soak minute ${minute}`, soak, `  RSS api ${stack.rssMb('api').toFixed(0)} MB`);
    }
    const after = { api: stack.rssMb('api'), worker: stack.rssMb('worker') };
    console.log(
      `RSS api ${before.api.toFixed(0)} → ${after.api.toFixed(0)} MB, worker ${before.worker.toFixed(0)} → ${after.worker.toFixed(0)} MB`,
    );
    const share = feed.requests.average / bare.requests.average;
    console.log(
      `feed = ${(share * 100).toFixed(0)} % of bare throughput (goal ≥ ${GOAL.feedShareOfBare * 100} %), ` +
        `feed p99 ${feed.latency.p99} ms (goal ≤ ${GOAL.feedP99Ms} ms): ` +
        (share >= GOAL.feedShareOfBare && feed.latency.p99 <= GOAL.feedP99Ms ? 'met' : 'NOT met'),
    );
    return { bare: bare.requests.average, feed: feed.requests.average };
  } catch (error) {
    console.error(error);
    for (const service of stack.services)
      console.error(`--- ${service.name} output\n${service.output().slice(-4000)}`);
    process.exitCode = 1;
    return undefined;
  } finally {
    process.off('SIGINT', interrupted);
    await stack.tearDown();
  }
}

void main();
