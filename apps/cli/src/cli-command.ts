/** Where a command writes: results and summaries to `out`, problems to `err`. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

/** Exit codes of the operators' command line, as the conventions fix them. */
export const EXIT_OK = 0;
export const EXIT_INVALID_INPUT = 1;
export const EXIT_USAGE = 2;

export interface CliCommand {
  name: string;
  /** One line for `--help`. */
  summary: string;
  /** Arguments after the command name, as shown by `--help` and usage errors. */
  usage: string;
  run(args: string[], io: CliIo): Promise<number>;
}

/** Thrown for a malformed command line; the dispatcher prints usage and exits 2. */
export class UsageError extends Error {}
