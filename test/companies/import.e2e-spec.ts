import { DataSource } from 'typeorm';
import { CompanyImportService, validateImportDocument, type ImportCompany } from '@app/companies';
import { JobName, JobQueue } from '@app/queue';
import { sampleDocument, signedIn } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('member import', () => {
  let t: TestApp;
  const importDocument = (document: unknown) => {
    const { companies, problems } = validateImportDocument(document);
    expect(problems.list).toEqual([]);
    return t.app.get(CompanyImportService).import(companies as ImportCompany[]);
  };
  const count = async (sql: string) => (await t.app.get(DataSource).query(sql))[0].count as number;
  const waitingRescores = async () => {
    const queue = t.app.get(JobQueue).queueOf(JobName.RESCORE_COMPANY);
    return (await queue.getJobs(['waiting', 'delayed'])).length;
  };

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('creates every company with its memberships, invites its contacts and queues their scoring', async () => {
    expect(await importDocument(sampleDocument())).toEqual({
      created: 8,
      updated: 0,
      unchanged: 0,
      invited: 1,
    });
    expect(await count(`SELECT count(*)::int AS count FROM companies`)).toBe(8);
    expect(await count(`SELECT count(*)::int AS count FROM users WHERE password_hash IS NULL`)).toBe(1);
    expect(await count(`SELECT count(*)::int AS count FROM sent_emails WHERE kind = 'invitation'`)).toBe(1);
    expect(await waitingRescores()).toBe(8);
  });

  it('changes nothing and queues nothing when the same file comes again', async () => {
    const queuedBefore = await waitingRescores();
    expect(await importDocument(sampleDocument())).toEqual({
      created: 0,
      updated: 0,
      unchanged: 8,
      invited: 0,
    });
    expect(await waitingRescores()).toBe(queuedBefore);
    expect(await count(`SELECT count(*)::int AS count FROM sent_emails`)).toBe(1);
  });

  it('updates a changed record and rescores only that company', async () => {
    const document = sampleDocument();
    document.companies[1].seeks = ['gmp_biologics'];
    const queuedBefore = await waitingRescores();
    expect(await importDocument(document)).toEqual({ created: 0, updated: 1, unchanged: 7, invited: 0 });
    expect(await waitingRescores()).toBe(queuedBefore + 1);
    const rows: { seeks: string[] }[] = await t.app
      .get(DataSource)
      .query(`SELECT seeks FROM companies WHERE external_id = 'LSO-0310'`);
    expect(rows[0].seeks).toEqual(['gmp_biologics']);
  });

  it('writes nothing when a contact already belongs to another company', async () => {
    const document = sampleDocument();
    document.companies[0].name = 'Renamed Inc.';
    delete document.companies[0].contacts;
    document.companies[1].contacts = [
      { email: 'direction@neovasc.example', name: 'Julie', role: 'MEMBER', locale: 'fr' },
    ];
    await expect(importDocument(document)).rejects.toMatchObject({
      fields: [expect.objectContaining({ path: 'companies[1].contacts[0].email' })],
    });
    expect(await count(`SELECT count(*)::int AS count FROM companies WHERE name = 'Renamed Inc.'`)).toBe(0);
  });

  it('takes a member file larger than the common body limit from staff, and from nobody else', async () => {
    const [model] = sampleDocument().companies;
    delete model.contacts;
    const companies = Array.from({ length: 150 }, (_, i) => ({
      ...model,
      externalId: `BQ-5${String(i).padStart(3, '0')}`,
      name: `Société de démonstration ${i}`,
      description: { fr: `Plateforme de découverte numéro ${i}. `.repeat(20) },
    }));
    const body = JSON.stringify({ companies });
    expect(body.length).toBeGreaterThan(t.config.REQUEST_BODY_LIMIT_KB * 1024);
    const importFile = `mutation($document: JSON!) { importCompanies(document: $document) { created } }`;
    const staff = await signedIn(t, {
      email: 'staff@bioquebec.test',
      name: 'Staff',
      role: 'STAFF',
      association: 'BIOQUEBEC',
      locale: 'en',
    });
    const member = await signedIn(t, {
      email: 'membre@neovasc.test',
      name: 'Membre',
      role: 'COMPANY_ADMIN',
      companyId: (await t.app.get(DataSource).query(`SELECT id FROM companies LIMIT 1`))[0].id,
      locale: 'fr',
    });

    const refused = await t.gql(importFile, { document: { companies } }, { token: member, language: 'fr' });
    expect(refused.status).toBe(413);
    expect(refused.errors![0].message).toContain(`${t.config.REQUEST_BODY_LIMIT_KB} ko`);
    expect(refused.errors![0].extensions.code).toBe('BAD_USER_INPUT');

    const imported = await t.gql<{ importCompanies: { created: number } }>(
      importFile,
      { document: { companies } },
      { token: staff },
    );
    expect(imported.errors).toBeUndefined();
    expect(imported.data!.importCompanies.created).toBe(150);
  });
});
