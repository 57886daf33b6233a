import { readFile, writeFile } from 'node:fs/promises';
import { solveSchedule, validateInstance } from '@app/meeting-scheduler';
import { EXIT_INVALID_INPUT, EXIT_OK, UsageError, type CliCommand } from '../cli-command.js';
import { parseFlags } from '../parse-flags.js';

/**
 * Offline scheduling for what-if planning, support and benchmarks: the live mutation's solver on
 * a file (format in docs/scheduler.md). It reads and writes files only, so it needs neither
 * PostgreSQL nor Redis; `stats.millis` is the solver's own time, without the I/O.
 */
export const scheduleCommand: CliCommand = {
  name: 'schedule',
  summary: 'Schedule partnering meetings from an instance file, offline (see docs/scheduler.md)',
  usage: '<instance.json> [--out result.json]',
  async run(args, io) {
    const { positional, flags } = parseFlags(args, ['out']);
    if (positional.length === 0) throw new UsageError('an instance file is expected');
    if (positional.length > 1) throw new UsageError(`unexpected argument "${positional[1]}"`);
    if (flags.out === '') throw new UsageError('--out needs a file name');
    const [file] = positional;

    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      io.err(`${file}: cannot read the file (${describe(error)})`);
      return EXIT_INVALID_INPUT;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      io.err(`${file}: not valid JSON (${describe(error)})`);
      return EXIT_INVALID_INPUT;
    }
    const outcome = validateInstance(json);
    if ('problems' in outcome) {
      for (const problem of outcome.problems) io.err(problem);
      return EXIT_INVALID_INPUT;
    }

    const result = solveSchedule(outcome.instance);
    const output = JSON.stringify(result, null, 2);
    if (flags.out === undefined) {
      io.out(output);
      // A result is megabytes at BIO scale: a pipe takes it asynchronously, and the dispatcher
      // exits as soon as we return, which would cut it short.
      if (process.stdout.writableNeedDrain)
        await new Promise((resolve) => process.stdout.once('drain', resolve));
      return EXIT_OK;
    }
    try {
      await writeFile(flags.out, `${output}\n`);
    } catch (error) {
      io.err(`${flags.out}: cannot write the result (${describe(error)})`);
      return EXIT_INVALID_INPUT;
    }
    const { meetings, placed, unplaced, lowerBoundUnplaced, millis } = result.stats;
    io.out(
      `Placed ${placed} of ${meetings} meetings (${unplaced} unplaced, at least ${lowerBoundUnplaced} ` +
        `unavoidable) in ${millis} ms; result written to ${flags.out}.`,
    );
    return EXIT_OK;
  },
};

function describe(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  return code === 'ENOENT' ? 'no such file' : (code ?? message);
}
