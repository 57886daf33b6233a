import { COMPANIES_PERSONAL_DATA_SQL } from './companies-personal-data.repository.js';

// A person's export and erasure read and write these tables: a change to a statement shows in
// review as a change to the snapshot.
describe('the personal data SQL of companies', () => {
  it('exports, collects the words of and erases one person', () => {
    expect(COMPANIES_PERSONAL_DATA_SQL).toMatchSnapshot();
  });
});
