import { COMPANIES_BY_IDS_SQL, directorySql } from './company-search.sql.js';
import { MEMBER_COMPANIES_IN_SQL } from './companies.repository.js';

// The company loader runs on every page that shows a company and the directory search on every
// keystroke of the directory page: a change to these statements shows in review as a change to
// their snapshots.
describe('the hot SQL of the companies repository', () => {
  it('loads companies by id in one statement', () => {
    expect(COMPANIES_BY_IDS_SQL).toMatchSnapshot();
  });

  it('searches the directory in full text, French and English, as a member sees it', () => {
    const sql = directorySql({
      visibleTo: { companyId: '00000000-0000-4000-8000-000000000001' },
      filter: { province: 'QC', sector: 'biotech', search: '  anticorps oncology ' },
      after: ['Acme', '00000000-0000-4000-8000-000000000002'],
      limit: 21,
    });
    expect(sql).toMatchSnapshot();
  });

  it('lists every company to staff with no filter', () => {
    expect(directorySql({ visibleTo: null, filter: undefined, after: null, limit: 11 })).toMatchSnapshot();
  });

  it('finds a province’s member companies', () => {
    expect(MEMBER_COMPANIES_IN_SQL).toMatchSnapshot();
  });
});
