import { readFileSync } from 'node:fs';
import { demoCompanies } from '@app/company-generator';
import { translate } from '@app/common';
import { validateImportDocument } from './import-validator.js';

const sample = () =>
  JSON.parse(
    readFileSync(new URL('../../../../test/fixtures/sample-companies.json', import.meta.url), 'utf8'),
  );

function problemsOf(document: unknown, locale: 'fr' | 'en' = 'en'): string[] {
  return validateImportDocument(document).problems.list.map(
    (p) => `${p.path}: ${translate(p.message, locale, p.params)}`,
  );
}

describe('import file validation', () => {
  it('accepts the contract’s sample file and the generated demo data', () => {
    expect(problemsOf(sample())).toEqual([]);
    expect(problemsOf({ companies: demoCompanies() })).toEqual([]);
  });

  it('trims text and keeps accents as given', () => {
    const document = sample();
    document.companies[0].name = '  Néovasc Thérapeutique inc.  ';
    const { companies } = validateImportDocument(document);
    expect(companies[0].name).toBe('Néovasc Thérapeutique inc.');
  });

  it('lists every problem of the whole file, each at its path', () => {
    const document = sample();
    document.companies[0].sectors = ['biopharma', 'alchemy'];
    document.companies[0].colour = 'blue';
    document.companies[1].externalId = document.companies[0].externalId;
    document.companies[2].website = 'not a url';
    document.companies[3].contacts = [{ email: 'nope', name: 'X', role: 'OWNER', locale: 'de' }];
    document.companies[4].languages = 'en';
    document.companies[5].memberships = [{ association: 'BIOQUEBEC', memberSince: '2024-02-30' }];
    document.companies[6].matchmakingOptIn = 'yes';
    delete document.companies[7].province;
    expect(problemsOf(document)).toEqual([
      'companies[0].colour: unknown field.',
      'companies[0].sectors[1]: "alchemy" is not a known code of sectors.',
      'companies[1].externalId: "BQ-1042" already appears in companies[0].',
      'companies[2].website: must be a web address starting with http:// or https://.',
      'companies[3].contacts[0].email: must be a valid email address.',
      'companies[3].contacts[0].role: must be one of MEMBER, COMPANY_ADMIN.',
      'companies[3].contacts[0].locale: must be one of fr, en.',
      'companies[4].languages: must be a list.',
      'companies[5].memberships[0].memberSince: must be a date YYYY-MM-DD.',
      'companies[6].matchmakingOptIn: must be true or false.',
      'companies[7].province: is required.',
    ]);
  });

  it('speaks French to a French operator', () => {
    const document = sample();
    document.companies[0].stage = 'phase9';
    expect(problemsOf(document, 'fr')).toEqual([
      'companies[0].stage: « phase9 » n’est pas un code connu de stages.',
    ]);
  });

  it('refuses a file that is not a list of companies', () => {
    expect(problemsOf([])).toEqual(['companies: must be an object { "companies": [ ... ] }.']);
    expect(problemsOf({ companies: [42] })).toEqual(['companies[0]: must be an object.']);
  });

  it('requires at least one membership, language and sector', () => {
    const document = sample();
    document.companies[0].memberships = [];
    document.companies[0].languages = [];
    document.companies[0].sectors = [];
    expect(problemsOf(document)).toEqual([
      'companies[0].languages: must contain at least one item.',
      'companies[0].sectors: must contain at least one item.',
      'companies[0].memberships: must contain at least one item.',
    ]);
  });
});
