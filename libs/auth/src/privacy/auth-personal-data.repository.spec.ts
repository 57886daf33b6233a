import { AUTH_PERSONAL_DATA_SQL } from './auth-personal-data.repository.js';

// A person's export and erasure read and write these tables: a change to a statement shows in
// review as a change to the snapshot.
describe('the personal data SQL of accounts', () => {
  it('exports, collects the words of and erases one person', () => {
    expect(AUTH_PERSONAL_DATA_SQL).toMatchSnapshot();
  });
});
