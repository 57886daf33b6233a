import { VIEWERS_BY_ID_SQL } from './users.repository.js';

// The viewer lookup runs on nearly every request, prepared once per connection: a change to its
// text shows in review as a change to this snapshot.
describe('the hot SQL of the users repository', () => {
  it('reads the signed-in viewers with the cache generations in one statement', () => {
    expect(VIEWERS_BY_ID_SQL).toMatchSnapshot();
  });
});
