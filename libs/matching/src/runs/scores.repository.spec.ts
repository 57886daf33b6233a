import {
  CHUNK_PROGRESS_SQL,
  COMPLETE_RUN_SQL,
  CREATE_RUN_SQL,
  DESCRIBE_RUN_SQL,
  FAIL_RUN_SQL,
  LOCK_SERVED_FEEDS_SQL,
  RUN_COVERING_SQL,
  RUN_STARTED_AT_SQL,
  SERVE_RUN_SQL,
  START_RUN_SQL,
} from './matching-runs.repository.js';
import {
  CLEAR_COMPANIES_SQL,
  CLEAR_COMPANY_SQL,
  COPY_SCORES_SQL,
  DROP_UNSERVED_SQL,
  FEED_FLOORS_SQL,
  SKIP_DURABLE_COMMIT_SQL,
  TRIM_FEEDS_SQL,
  WRITE_SCORES_SQL,
} from './scores.repository.js';

// The statements of full runs and of a company's rescoring write every feed: a change to one
// shows in review as a change to its snapshot.
describe('the SQL that writes feeds', () => {
  it('appends a run’s feeds with COPY and upserts a rescored company’s rows from one JSON document', () => {
    expect(COPY_SCORES_SQL).toMatchSnapshot();
    expect(WRITE_SCORES_SQL).toMatchSnapshot();
  });

  it('commits each chunk of a run with its progress, so a killed worker resumes at the next chunk', () => {
    expect(START_RUN_SQL).toMatchSnapshot();
    expect(DESCRIBE_RUN_SQL).toMatchSnapshot();
    expect(SKIP_DURABLE_COMMIT_SQL).toMatchSnapshot();
    expect(CLEAR_COMPANIES_SQL).toMatchSnapshot();
    expect(CHUNK_PROGRESS_SQL).toMatchSnapshot();
    expect(FAIL_RUN_SQL).toMatchSnapshot();
  });

  it('swaps a completed run in under the feeds’ lock and drops rows no one serves', () => {
    expect(CREATE_RUN_SQL).toMatchSnapshot();
    expect(LOCK_SERVED_FEEDS_SQL).toMatchSnapshot();
    expect(SERVE_RUN_SQL).toMatchSnapshot();
    expect(COMPLETE_RUN_SQL).toMatchSnapshot();
    expect(DROP_UNSERVED_SQL).toMatchSnapshot();
    expect(RUN_STARTED_AT_SQL).toMatchSnapshot();
    expect(RUN_COVERING_SQL).toMatchSnapshot();
  });

  it('rescores one company in the served feeds: its rows, the partner feeds’ floors, the trim', () => {
    expect(CLEAR_COMPANY_SQL).toMatchSnapshot();
    expect(FEED_FLOORS_SQL).toMatchSnapshot();
    expect(TRIM_FEEDS_SQL).toMatchSnapshot();
  });
});
