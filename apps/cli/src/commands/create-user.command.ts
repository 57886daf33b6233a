import type { Role } from '@app/auth';
import { EXIT_INVALID_INPUT, EXIT_OK, UsageError, type CliCommand } from '../cli-command.js';
import { parseFlags } from '../parse-flags.js';

const FLAGS = ['email', 'password', 'role', 'association', 'company', 'locale', 'name'] as const;

export const createUserCommand: CliCommand = {
  name: 'create-user',
  summary: 'Create a person who can sign in (staff, administrator or a company’s member)',
  usage:
    '--email E --password P --role STAFF|ADMIN|MEMBER|COMPANY_ADMIN [--association BIOQUEBEC|LSO] ' +
    '[--company EXTERNAL_ID] [--locale fr|en] [--name NAME]',
  async run(args, io) {
    const { UsersService, isAcceptablePassword, PASSWORD_RULE_TEXT, ROLES } = await import('@app/auth');
    const { CompaniesService, isEmail } = await import('@app/companies');
    const { positional, flags } = parseFlags(args, FLAGS);
    if (positional.length > 0) throw new UsageError(`unexpected argument "${positional[0]}"`);
    for (const required of ['email', 'password', 'role'] as const) {
      if (!flags[required]) throw new UsageError(`--${required} is required`);
    }
    const role = flags.role as Role;
    const problems: string[] = [];
    if (!isEmail(flags.email)) problems.push(`--email: "${flags.email}" is not a valid email address`);
    if (!isAcceptablePassword(flags.password)) {
      problems.push(`--password: ${PASSWORD_RULE_TEXT.en}`);
    }
    if (!ROLES.includes(role)) problems.push(`--role: must be one of ${ROLES.join(', ')}`);
    if (flags.association && !['BIOQUEBEC', 'LSO'].includes(flags.association)) {
      problems.push('--association: must be BIOQUEBEC or LSO');
    }
    if (flags.locale && !['fr', 'en'].includes(flags.locale)) problems.push('--locale: must be fr or en');
    if ((role === 'MEMBER' || role === 'COMPANY_ADMIN') && !flags.company) {
      problems.push(`--company: required for the role ${role} (the company's externalId)`);
    }
    if (role === 'STAFF' && !flags.association) problems.push('--association: required for STAFF');
    if (problems.length > 0) {
      problems.forEach((p) => io.err(p));
      return EXIT_INVALID_INPUT;
    }
    const { withCliApp } = await import('../cli-app.js');
    return withCliApp(async (app) => {
      const users = app.get(UsersService);
      if (await users.findByEmail(flags.email)) {
        io.err(`--email: ${flags.email} already has an account`);
        return EXIT_INVALID_INPUT;
      }
      let companyId: string | null = null;
      if (flags.company) {
        const id = await app.get(CompaniesService).idByExternalId(flags.company);
        if (!id) {
          io.err(`--company: no company has the externalId "${flags.company}"`);
          return EXIT_INVALID_INPUT;
        }
        companyId = id;
      }
      const user = await users.create({
        email: flags.email,
        password: flags.password,
        role,
        name: flags.name ?? flags.email.split('@')[0],
        locale: (flags.locale as 'fr' | 'en' | undefined) ?? 'en',
        association: flags.association ?? null,
        companyId,
      });
      io.out(`Created ${user.role} ${user.email} (${user.id}).`);
      return EXIT_OK;
    });
  },
};
