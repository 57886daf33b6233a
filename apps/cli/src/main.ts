import { EXIT_USAGE, UsageError, type CliCommand, type CliIo } from './cli-command.js';
import { createUserCommand } from './commands/create-user.command.js';
import { importCommand } from './commands/import.command.js';
import {
  migrationGenerateCommand,
  migrationRevertCommand,
  migrationRunCommand,
} from './commands/migration.commands.js';
import { scheduleCommand } from './commands/schedule.command.js';
import { sendDigestsCommand } from './commands/send-digests.command.js';

const COMMANDS: CliCommand[] = [
  importCommand,
  createUserCommand,
  scheduleCommand,
  sendDigestsCommand,
  migrationRunCommand,
  migrationRevertCommand,
  migrationGenerateCommand,
];

const io: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => `${c.name} ${c.usage}`.length));
  return [
    'Passerelle operators’ command line',
    '',
    'Usage: npm run cli -- <command> [arguments]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${`${c.name} ${c.usage}`.padEnd(width)}  ${c.summary}`),
    '',
    'Exit codes: 0 success, 1 invalid input (every problem listed on stderr), 2 usage error.',
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(help());
    return name ? 0 : EXIT_USAGE;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`Unknown command "${name}".\n\n${help()}`);
    return EXIT_USAGE;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.out(`Usage: npm run cli -- ${command.name} ${command.usage}\n\n${command.summary}`);
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\nUsage: npm run cli -- ${command.name} ${command.usage}`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

// Exit codes are set rather than forced, so large outputs piped to another program are not cut short.
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: Error) => {
    io.err(error.stack ?? error.message);
    process.exitCode = 1;
  },
);
