import { Injectable, Logger } from '@nestjs/common';
import { UsersService, type NewUser } from '@app/auth';
import { CompaniesRepository } from '../companies.repository.js';
import { CompanyImportService } from '../import/company-import.service.js';
import { validateImportDocument } from '../import/import-validator.js';

/** Demo sign-ins, listed in the README; created only with the demo data. */
export const DEMO_PASSWORD = 'Passerelle-Demo-2026';

interface DemoAccount extends Omit<NewUser, 'password'> {
  companyOf?: 'QC' | 'ON';
}

const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'admin@passerelle.demo', name: 'Alex Admin', role: 'ADMIN', locale: 'en' },
  {
    email: 'personnel@bioquebec.demo',
    name: 'Sophie Gagnon',
    role: 'STAFF',
    locale: 'fr',
    association: 'BIOQUEBEC',
  },
  { email: 'staff@lso.demo', name: 'Daniel Wright', role: 'STAFF', locale: 'en', association: 'LSO' },
  {
    email: 'admin@quebec.demo',
    name: 'Marie Tremblay',
    role: 'COMPANY_ADMIN',
    locale: 'fr',
    companyOf: 'QC',
  },
  { email: 'membre@quebec.demo', name: 'Luc Bouchard', role: 'MEMBER', locale: 'fr', companyOf: 'QC' },
  { email: 'admin@ontario.demo', name: 'Emily Chen', role: 'COMPANY_ADMIN', locale: 'en', companyOf: 'ON' },
  { email: 'member@ontario.demo', name: 'Raj Patel', role: 'MEMBER', locale: 'en', companyOf: 'ON' },
];

/**
 * Loads the bilingual demo (about 270 Québec and 330 Ontario companies) into an empty database,
 * with one sign-in per role, so that a newcomer sees a working platform at once.
 */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    private readonly companies: CompaniesRepository,
    private readonly importer: CompanyImportService,
    private readonly users: UsersService,
  ) {}

  async seedIfEmpty(): Promise<boolean> {
    if ((await this.companies.count()) > 0) return false;
    // Loaded only when seeding: the generator and its texts are not needed by a running server.
    const { demoCompanies } = await import('@app/company-generator');
    const { companies, problems } = validateImportDocument({ companies: demoCompanies() });
    if (!problems.isEmpty)
      throw new Error(`Demo data is invalid: ${problems.list.map((p) => p.path).join(', ')}`);
    const summary = await this.importer.import(companies);
    for (const account of DEMO_ACCOUNTS) await this.createAccount(account);
    this.logger.log(`Loaded demo data: ${summary.created} companies; demo sign-ins are listed in the README`);
    return true;
  }

  /** Demo people join the first opted-in company of their province, so each has a feed. */
  private async createAccount({ companyOf, ...account }: DemoAccount): Promise<void> {
    if (await this.users.findByEmail(account.email)) return;
    const companyId = companyOf ? await this.companies.firstOptedIn(companyOf) : null;
    await this.users.create({ ...account, companyId, password: DEMO_PASSWORD });
  }
}
