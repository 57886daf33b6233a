import { UNAVAILABLE_SQL, UPCOMING_SQL } from './availability.repository.js';

// Every proposal, acceptance and scheduling run asks who is unavailable: a change to these
// statements shows in review as a change to the snapshots.
describe('the hot SQL of the availability repository', () => {
  it('lays a person’s weekly and dated ranges over a window', () => {
    expect(UPCOMING_SQL).toMatchSnapshot();
  });

  it('finds the people whose availability does not cover a range', () => {
    expect(UNAVAILABLE_SQL).toMatchSnapshot();
  });
});
