import {
  BUSY_IN_SLOTS_SQL,
  EVENT_DEMAND_SQL,
  EVENT_DEMAND_TOTALS_SQL,
  EVENT_MEETINGS_SQL,
  UNSCHEDULED_REQUESTS_SQL,
} from './event-meetings.repository.js';

// What the event scheduler and the demand report read of meetings: a change to one of these
// statements shows in review as a change to its snapshot.
describe('the SQL the events domain runs through the meetings domain', () => {
  it('reads the scheduling problem: accepted requests without a meeting, published meetings, busy people', () => {
    expect(UNSCHEDULED_REQUESTS_SQL).toMatchSnapshot();
    expect(EVENT_MEETINGS_SQL).toMatchSnapshot();
    expect(BUSY_IN_SLOTS_SQL).toMatchSnapshot();
  });

  it('reads the demand report of an event', () => {
    expect(EVENT_DEMAND_SQL).toMatchSnapshot();
    expect(EVENT_DEMAND_TOTALS_SQL).toMatchSnapshot();
  });
});
