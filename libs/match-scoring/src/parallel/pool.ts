// Scores many companies on several worker threads. The prepared arrays live on
// SharedArrayBuffers, so each worker reads them in place; the companies are handed out in chunks
// to whichever worker is free, and the result is the same as scoreCompanies (deterministic).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PreparedProfiles } from '../engine/prepared.js';
import type { ScoredPartner } from '../types.js';
import type { WorkerReply, WorkerRequest } from './score.worker.js';

export interface ParallelOptions {
  /** Worker threads (default: the machine's available parallelism). */
  threads?: number;
  /** Companies per chunk handed to a worker (default 200). */
  chunkSize?: number;
  /** As in scoreCompanies: the best partners of each one-way lens kept too (default 0). */
  lensTopK?: number;
}

/** The feeds of `companyIds`, scored on worker threads; same result as scoreCompanies. */
export async function scoreCompaniesParallel(
  prepared: PreparedProfiles,
  companyIds: string[],
  topK: number,
  options: ParallelOptions = {},
): Promise<Map<string, ScoredPartner[]>> {
  const chunkSize = options.chunkSize ?? 200;
  const indexes = companyIds.map((id) => {
    const i = prepared.indexById.get(id);
    if (i === undefined) throw new Error(`unknown company id: ${id}`);
    return i;
  });
  const chunks: Int32Array[] = [];
  for (let i = 0; i < indexes.length; i += chunkSize)
    chunks.push(Int32Array.from(indexes.slice(i, i + chunkSize)));
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), chunks.length));
  const results: ScoredPartner[][][] = new Array(chunks.length);
  const { indexById: _unused, ...shareable } = prepared;
  const workerUrl = new URL('./score.worker.js', import.meta.url);

  let next = 0;
  const workers = Array.from({ length: threads }, () => new Worker(workerUrl));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= chunks.length) return resolve();
              const chunk = next++;
              worker.postMessage({
                kind: 'chunk',
                chunk,
                companies: chunks[chunk],
                topK,
                lensTopK: options.lensTopK ?? 0,
              } satisfies WorkerRequest);
            };
            worker.on('message', (reply: WorkerReply) => {
              results[reply.chunk] = reply.feeds;
              send();
            });
            worker.on('error', reject);
            worker.postMessage({ kind: 'init', prepared: shareable } satisfies WorkerRequest);
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  const out = new Map<string, ScoredPartner[]>();
  let k = 0;
  for (const feeds of results) for (const feed of feeds) out.set(companyIds[k++], feed);
  return out;
}
