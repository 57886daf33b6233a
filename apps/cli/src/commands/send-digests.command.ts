import { EXIT_OK, UsageError, type CliCommand } from '../cli-command.js';

export const sendDigestsCommand: CliCommand = {
  name: 'send-digests',
  summary: 'Send the weekly digest now to every person with something new since their last one',
  usage: '--now',
  async run(args, io) {
    if (args.length !== 1 || args[0] !== '--now') {
      throw new UsageError('--now is required (the schedule sends the others on Monday mornings)');
    }
    const { DigestRunner } = await import('@app/digests');
    const { withCliApp } = await import('../cli-app.js');
    return withCliApp(async (app) => {
      const { readers, emailed } = await app.get(DigestRunner).sendNow();
      io.out(`Digests: ${emailed} sent, ${readers - emailed} with nothing new (${readers} readers).`);
      return EXIT_OK;
    });
  },
};
