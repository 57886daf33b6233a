import { readFileSync } from 'node:fs';
import { translate } from '@app/common';
import { documentToSheet, toCsv, toXlsx } from '../../../../../test/support/spreadsheets.js';
import { validateImportDocument } from '../import-validator.js';
import { parseCsv } from './csv.js';
import { validateSpreadsheet } from './spreadsheet-reader.js';

const sample = () =>
  JSON.parse(
    readFileSync(new URL('../../../../../test/fixtures/sample-companies.json', import.meta.url), 'utf8'),
  );

const HEADER = 'externalId,name,province,membership,languages,sectors,matchmakingOptIn';

async function problemsOf(csv: string, locale: 'fr' | 'en' = 'en'): Promise<string[]> {
  const { problems } = await validateSpreadsheet('CSV', csv);
  return problems.list.map((p) => `${p.path}: ${translate(p.message, locale, p.params)}`);
}

describe('CSV reading (RFC 4180)', () => {
  it('keeps commas, quotes and line breaks inside quotes, and drops a byte order mark', () => {
    const text = '\uFEFFa,b,c\r\n"x, y","il dit ""oui""","deux\nlignes"\r\n,,\n';
    expect(parseCsv(text)).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'il dit "oui"', 'deux\nlignes'],
      ['', '', ''],
    ]);
  });

  it('reads a last line without a line break', () => {
    expect(parseCsv('a,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
});

describe('member spreadsheets', () => {
  it('reads the sample file as CSV and as .xlsx into the same companies as its JSON', async () => {
    const rows = documentToSheet(sample());
    const expected = validateImportDocument(sample()).companies;
    expect(expected).toHaveLength(8);
    const csv = await validateSpreadsheet('CSV', toCsv(rows));
    expect(csv.problems.list).toEqual([]);
    expect(csv.companies).toEqual(expected);
    const xlsx = await validateSpreadsheet('XLSX', toXlsx(rows));
    expect(xlsx.problems.list).toEqual([]);
    expect(xlsx.companies).toEqual(expected);
  });

  it('splits lists on ";", reads oui/non, yes/no, 1/0 and takes an empty cell as left out', async () => {
    const csv = [
      `${HEADER},city`,
      'BQ-1,Alpha,QC,BIOQUEBEC; LSO,fr ;en,biopharma;cro,oui,',
      'BQ-2,Beta,QC,BIOQUEBEC,fr,biopharma,non,Laval',
      'BQ-3,Gamma,ON,LSO,en,cro,1,',
      'BQ-4,Delta,ON,LSO,en,cro,,',
      ',,,,,,,',
      'BQ-5,Epsilon,ON,LSO,en,cro,YES,',
    ].join('\n');
    const { companies, problems, rows } = await validateSpreadsheet('CSV', csv);
    expect(problems.list).toEqual([]);
    expect(rows).toEqual([2, 3, 4, 5, 7]);
    expect(companies.map((c) => c.matchmakingOptIn)).toEqual([true, false, true, false, true]);
    expect(companies[0].memberships.map((m) => m.association)).toEqual(['BIOQUEBEC', 'LSO']);
    expect(companies[0].languages).toEqual(['fr', 'en']);
    expect(companies[0].sectors).toEqual(['biopharma', 'cro']);
    expect(companies[0].city).toBeNull();
    expect(companies[1].city).toBe('Laval');
  });

  it('applies memberSince and expiresOn to every membership of the row', async () => {
    const csv = `${HEADER},memberSince,expiresOn\nBQ-1,Alpha,QC,BIOQUEBEC;LSO,fr,biopharma,true,2020-01-01,2027-12-31\n`;
    const { companies } = await validateSpreadsheet('CSV', csv);
    expect(companies[0].memberships).toEqual([
      { association: 'BIOQUEBEC', memberSince: '2020-01-01', expiresOn: '2027-12-31' },
      { association: 'LSO', memberSince: '2020-01-01', expiresOn: '2027-12-31' },
    ]);
  });

  it('lists every problem at its row and column, as the spreadsheet numbers them', async () => {
    const csv = [
      `${HEADER},colour,contactEmail,contactName,contactRole,contactLocale,descriptionFr`,
      'BQ-1,Alpha,QC,BIOQUEBEC,fr,biopharma;alchemy,peut-être,blue,,,,,',
      '"BQ-2","Beta, inc.",XX,,fr,biopharma,true,,nope,Luc,OWNER,fr,"Texte ""cité"""',
      'BQ-1,Gamma,ON,LSO,en,cro,false,,,,,,',
    ].join('\r\n');
    expect(await problemsOf(csv)).toEqual([
      'row 1, column colour: unknown column.',
      'row 2, column sectors: "alchemy" is not a known code of sectors.',
      'row 2, column matchmakingOptIn: must be true or false (or oui/non, yes/no, 1/0).',
      'row 3, column province: must be one of QC, ON.',
      'row 3, column membership: is required.',
      'row 3, column contactEmail: must be a valid email address.',
      'row 3, column contactRole: must be one of MEMBER, COMPANY_ADMIN.',
      'row 4, column externalId: "BQ-1" already appears in row 2.',
    ]);
  });

  it('speaks French to a French operator', async () => {
    const csv = `${HEADER},couleur\nBQ-1,Alpha,QC,BIOQUEBEC,fr,biopharma,peut-être,\n`;
    expect(await problemsOf(csv, 'fr')).toEqual([
      'row 1, column couleur: colonne inconnue.',
      'row 2, column matchmakingOptIn: doit valoir true ou false (ou oui/non, yes/no, 1/0).',
    ]);
  });

  it('says so when a CSV is separated by semicolons or is not UTF-8', async () => {
    expect(await problemsOf('externalId;name;province\nBQ-1;Alpha;QC\n')).toEqual([
      'row 1: the columns are separated by ";": save the file as "CSV UTF-8 (comma delimited)".',
    ]);
    const latin1 = Buffer.from(`${HEADER}\nBQ-1,Société,QC,BIOQUEBEC,fr,biopharma,oui\n`, 'latin1');
    const { problems } = await validateSpreadsheet('CSV', latin1);
    expect(problems.list.map((p) => `${p.path}: ${translate(p.message, 'fr', p.params)}`)).toEqual([
      'file: ce fichier n’est pas en UTF-8 (les accents seraient perdus) : enregistrez-le en « CSV UTF-8 ».',
    ]);
  });

  it('refuses an unclosed quote, an empty file and a file that is not a workbook', async () => {
    expect(await problemsOf(`${HEADER}\nBQ-1,"Alpha,QC\n`)).toEqual([
      'row 2: a quoted value is never closed.',
    ]);
    expect(await problemsOf(`${HEADER}\n`)).toEqual(['row 2, column externalId: the file holds no company.']);
    const { problems } = await validateSpreadsheet('XLSX', Buffer.from('not a zip').toString('base64'));
    expect(problems.list.map((p) => `${p.path}: ${p.message.en}`)).toEqual([
      'file: this file is not a readable .xlsx workbook.',
    ]);
  });
});
