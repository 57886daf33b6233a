import { solveSchedule, verifySchedule, type SolveTrace } from '@app/meeting-scheduler';
import { availableParallelism, loadavg } from 'node:os';
import { plantedEvent } from './planted-event.js';

/**
 * `npm run bench:scheduler -- --seeds [--seed-list=14,15] [--tight=0.4,0.8,1]`: planted BIO-scale
 * instances (known optimum) over several seeds and shares of people cut down to their planted
 * slots. Prints unplaced, optimum, gap, CPU time of the solve (process.cpuUsage, which a machine
 * shared with other work inflates far less than wall time) and the late repairs' work units.
 */
/** Seeds looked at while tuning the repairs (`--seeds`), and seeds kept aside to check them (`--held-out`). */
const DEVELOPMENT_SEEDS = [14, 15, 16, 17, 18, 19, 101, 102];
const HELD_OUT_SEEDS = [103, 104, 105, 106];
const TIGHT_SHARES = [0.4, 0.8, 1];

const bio = {
  people: 10_000,
  days: 3,
  slotsPerDay: 16,
  tables: 1150,
  popularityExponent: 0.6,
  away: [0.1, 0.5] as [number, number],
  overbooked: 1500,
  strangers: 10,
  perSlot: 1040,
};

function listOption(name: string, fallback: number[]): number[] {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg
    ? arg
        .slice(name.length + 3)
        .split(',')
        .map(Number)
    : fallback;
}

export function seedSweep(): void {
  const held = process.argv.includes('--held-out');
  const seeds = listOption('seed-list', held ? HELD_OUT_SEEDS : DEVELOPMENT_SEEDS);
  const shares = listOption('tight', TIGHT_SHARES);
  const loadBefore = loadavg()[0];
  // The first solve of a process also compiles the hot paths: warm up on a small instance.
  solveSchedule(
    plantedEvent({ ...bio, people: 400, tables: 120, perSlot: 95, overbooked: 40, seed: 1, tightShare: 1 })
      .instance,
  );
  const header = ['tight', 'seed', 'unplaced', 'optimum', 'gap', 'cpu s', 'work', 'work limit'];
  const rows: string[][] = [header];
  let totalGap = 0;
  for (const tightShare of shares) {
    for (const seed of seeds) {
      const { instance, optimumUnplaced } = plantedEvent({ ...bio, tightShare, seed });
      const trace: SolveTrace = { lateWork: 0, lateWorkLimit: 0 };
      const before = process.cpuUsage();
      const result = solveSchedule(instance, trace);
      const cpu = process.cpuUsage(before);
      const violations = verifySchedule(instance, result);
      if (violations.length > 0) throw new Error(`seed ${seed}: ${violations.slice(0, 3).join('; ')}`);
      const gap = result.stats.unplaced - optimumUnplaced;
      totalGap += gap;
      rows.push([
        String(tightShare),
        String(seed),
        String(result.stats.unplaced),
        String(optimumUnplaced),
        String(gap),
        ((cpu.user + cpu.system) / 1e6).toFixed(2),
        String(trace.lateWork),
        String(trace.lateWorkLimit),
      ]);
      console.log(rows[rows.length - 1].join('\t'));
    }
  }
  const widths = header.map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  console.log('');
  for (const row of rows) console.log(row.map((cell, i) => cell.padStart(widths[i])).join('  '));
  console.log(
    `total gap ${totalGap}; load average (1 min): ${loadBefore.toFixed(1)} at the start, ` +
      `${loadavg()[0].toFixed(1)} at the end, on ${availableParallelism()} cores.`,
  );
}
