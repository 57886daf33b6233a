import { MATCHING_PERSONAL_DATA_SQL } from './matching-personal-data.repository.js';

// A person's export and erasure read and write these tables: a change to a statement shows in
// review as a change to the snapshot.
describe('the personal data SQL of matching', () => {
  it('exports, collects the words of and erases one person', () => {
    expect(MATCHING_PERSONAL_DATA_SQL).toMatchSnapshot();
  });
});
