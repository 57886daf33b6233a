import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { importCommand } from '../../apps/cli/src/commands/import.command.js';
import { sampleDocument, signedIn } from '../support/fixtures.js';
import { documentToSheet, toCsv, toXlsx } from '../support/spreadsheets.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const IMPORT = `mutation($format: SpreadsheetFormat!, $content: String!, $dryRun: Boolean) {
  importSpreadsheet(format: $format, content: $content, dryRun: $dryRun) {
    dryRun companies created updated unchanged invited lines { externalId name row isNew }
  }
}`;

interface Result {
  importSpreadsheet: {
    dryRun: boolean;
    companies: number;
    created: number;
    updated: number;
    unchanged: number;
    invited: number;
    lines: { externalId: string; name: string; row: number; isNew: boolean }[];
  };
}

/** The sample file with three wrong cells: rows 2, 4 and 9 of the sheet. */
function badSheet(): string[][] {
  const rows = documentToSheet(sampleDocument());
  const column = (name: string) => rows[0].indexOf(name);
  rows[1][column('sectors')] = 'biopharma;alchemy';
  rows[3][column('matchmakingOptIn')] = 'peut-être';
  rows[8][column('province')] = 'BC';
  return rows;
}

describe('member spreadsheets (CLI and staff mutation)', () => {
  let t: TestApp;
  let staff: string;
  let dir: string;
  const saved = { ...process.env };
  const count = async () =>
    (await t.app.get(DataSource).query(`SELECT count(*)::int AS count FROM companies`))[0].count as number;

  /** `npm run cli -- import <file>` against this test's database, in this process. */
  async function cli(name: string, content: string | Buffer) {
    const file = join(dir, name);
    await writeFile(file, content);
    const out: string[] = [];
    const err: string[] = [];
    const code = await importCommand.run([file], { out: (l) => out.push(l), err: (l) => err.push(l) });
    return { code, out, err };
  }

  beforeAll(async () => {
    t = await startTestApp();
    dir = await mkdtemp(join(tmpdir(), 'passerelle-import-'));
    Object.assign(process.env, {
      DATABASE_URL: t.config.DATABASE_URL,
      QUEUE_PREFIX: t.config.QUEUE_PREFIX,
      LOG_LEVEL: 'silent',
      SEED_DEMO: 'false',
      PASSERELLE_LOCALE: 'en',
    });
    staff = await signedIn(t, {
      email: 'staff@bioquebec.test',
      name: 'Staff',
      role: 'STAFF',
      association: 'BIOQUEBEC',
      locale: 'en',
    });
  });
  afterAll(async () => {
    process.env = saved;
    await rm(dir, { recursive: true, force: true });
    await t.close();
  });

  it('refuses a CSV with three wrong cells from the command line, listing each, writing nothing', async () => {
    const { code, out, err } = await cli('membres.csv', toCsv(badSheet()));
    expect(code).toBe(1);
    expect(out).toEqual([]);
    expect(err).toEqual([
      'row 2, column sectors: "alchemy" is not a known code of sectors.',
      'row 4, column matchmakingOptIn: must be true or false (or oui/non, yes/no, 1/0).',
      'row 9, column province: must be one of QC, ON.',
      '3 problem(s): nothing was imported.',
    ]);
    expect(await count()).toBe(0);
  });

  it('lists the same three problems to staff on the web, in French, and writes nothing', async () => {
    const personnel = await signedIn(t, {
      email: 'personnel@bioquebec.test',
      name: 'Personnel',
      role: 'STAFF',
      association: 'BIOQUEBEC',
      locale: 'fr',
    });
    const refused = await t.gql(
      IMPORT,
      { format: 'XLSX', content: toXlsx(badSheet()).toString('base64'), dryRun: false },
      { token: personnel },
    );
    expect(refused.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].extensions.fields).toEqual([
      { path: 'row 2, column sectors', message: '« alchemy » n’est pas un code connu de sectors.' },
      {
        path: 'row 4, column matchmakingOptIn',
        message: 'doit valoir true ou false (ou oui/non, yes/no, 1/0).',
      },
      { path: 'row 9, column province', message: 'doit être l’une de ces valeurs : QC, ON.' },
    ]);
    expect(await count()).toBe(0);
  });

  it('previews a good CSV company by company without writing, then imports it', async () => {
    const csv = toCsv(documentToSheet(sampleDocument()));
    const preview = await t.gql<Result>(IMPORT, { format: 'CSV', content: csv }, { token: staff });
    expect(preview.errors).toBeUndefined();
    expect(preview.data!.importSpreadsheet).toMatchObject({ dryRun: true, companies: 8, created: 8 });
    expect(preview.data!.importSpreadsheet.lines[0]).toEqual({
      externalId: 'BQ-1042',
      name: 'Néovasc Thérapeutique inc.',
      row: 2,
      isNew: true,
    });
    expect(await count()).toBe(0);

    const { code, out } = await cli('membres.csv', csv);
    expect(code).toBe(0);
    expect(out).toEqual(['Imported 8 companies: 8 created, 0 updated, 0 unchanged; 1 people invited.']);
    expect(await count()).toBe(8);
  });

  it('reads the same members from an .xlsx workbook as from the CSV: nothing to change', async () => {
    const xlsx = toXlsx(documentToSheet(sampleDocument()));
    const { code, out } = await cli('membres.xlsx', xlsx);
    expect(code).toBe(0);
    expect(out).toEqual(['Imported 8 companies: 0 created, 0 updated, 8 unchanged; 0 people invited.']);
    const again = await t.gql<Result>(
      IMPORT,
      { format: 'XLSX', content: xlsx.toString('base64'), dryRun: false },
      { token: staff },
    );
    expect(again.data!.importSpreadsheet).toMatchObject({ dryRun: false, unchanged: 8, created: 0 });
    expect(again.data!.importSpreadsheet.lines.every((l) => !l.isNew)).toBe(true);
  });

  it('points at the row and column of a contact who belongs to another company', async () => {
    const rows = documentToSheet(sampleDocument());
    const column = (name: string) => rows[0].indexOf(name);
    for (const name of ['contactEmail', 'contactName', 'contactRole', 'contactLocale'])
      rows[1][column(name)] = '';
    rows[2][column('contactEmail')] = 'direction@neovasc.example';
    rows[2][column('contactName')] = 'Julie';
    rows[2][column('contactRole')] = 'MEMBER';
    rows[2][column('contactLocale')] = 'fr';
    const refused = await t.gql(
      IMPORT,
      { format: 'CSV', content: toCsv(rows), dryRun: false },
      { token: staff },
    );
    expect(refused.errors![0].extensions.fields).toEqual([
      {
        path: 'row 3, column contactEmail',
        message: '"direction@neovasc.example" already has an account with another company.',
      },
    ]);
  });
});
