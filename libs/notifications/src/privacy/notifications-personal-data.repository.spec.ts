import { NOTIFICATIONS_PERSONAL_DATA_SQL } from './notifications-personal-data.repository.js';

// A person's export and erasure read and write these tables: a change to a statement shows in
// review as a change to the snapshot.
describe('the personal data SQL of notifications', () => {
  it('exports and erases one person and scrubs their words from others’ copies', () => {
    expect(NOTIFICATIONS_PERSONAL_DATA_SQL).toMatchSnapshot();
  });
});
