// Worker thread of the parallel pool: receives the prepared arrays once (shared memory, no copy),
// then scores the chunks of companies it is sent and posts back their feeds.
import { parentPort } from 'node:worker_threads';
import { partnersOf, rankIndex } from '../engine/rank.js';
import { explainPair } from '../engine/explain.js';
import { scoringContext, scratch } from '../engine/pair-score.js';
import type { PreparedProfiles } from '../engine/prepared.js';
import { TermEvidence } from '../engine/term-lift.js';
import type { ScoredPartner } from '../types.js';

export type WorkerRequest =
  | { kind: 'init'; prepared: Omit<PreparedProfiles, 'indexById'> }
  | { kind: 'chunk'; chunk: number; companies: Int32Array; topK: number; lensTopK: number };

export interface WorkerReply {
  chunk: number;
  feeds: ScoredPartner[][];
}

let prepared: PreparedProfiles | undefined;

parentPort?.on('message', (message: WorkerRequest) => {
  if (message.kind === 'init') {
    prepared = { ...message.prepared, indexById: new Map() };
    return;
  }
  const p = prepared!;
  const ctx = scoringContext(p.core);
  const tmp = scratch(p.core.count);
  const evidence = new TermEvidence();
  const feeds = Array.from(message.companies, (a) =>
    rankIndex(ctx, partnersOf(p, a), a, message.topK, tmp, message.lensTopK, evidence).map(({ item }) =>
      explainPair(p, ctx, a, item, evidence),
    ),
  );
  parentPort!.postMessage({ chunk: message.chunk, feeds } satisfies WorkerReply);
});
