import { PAIR_PINS_SQL } from './curations.repository.js';

// The event scheduler ranks every accepted request by these pins: a change to the statement
// shows in review as a change to its snapshot.
describe('the SQL other domains read curations with', () => {
  it('tells, pair by pair, whether staff pinned it for the event or at all', () => {
    expect(PAIR_PINS_SQL).toMatchSnapshot();
  });
});
