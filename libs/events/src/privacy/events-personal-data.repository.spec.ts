import { EVENTS_PERSONAL_DATA_SQL } from './events-personal-data.repository.js';

// A person's export and erasure read and write these tables: a change to a statement shows in
// review as a change to the snapshot.
describe('the personal data SQL of events', () => {
  it('exports the registrations one person made', () => {
    expect(EVENTS_PERSONAL_DATA_SQL).toMatchSnapshot();
  });
});
