import { REPORT_BY_GROUP_SQL, REPORT_BY_PROVINCE_SQL, REPORT_TOTALS_SQL } from './partnership-report.sql.js';

// The partnership report reads the most rows of any statement of the product: a change to it
// shows in review as a change to these snapshots.
describe('the SQL of the partnership report', () => {
  it('counts by month and by event, per province and sector', () => {
    expect(REPORT_BY_GROUP_SQL).toMatchSnapshot();
  });

  it('counts the totals', () => {
    expect(REPORT_TOTALS_SQL).toMatchSnapshot();
  });

  it('counts by month and province, each company once', () => {
    expect(REPORT_BY_PROVINCE_SQL).toMatchSnapshot();
  });
});
