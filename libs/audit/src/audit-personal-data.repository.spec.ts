import { SCRUB_AUDIT_SQL } from './audit-personal-data.repository.js';

// An erasure rewrites the audit log: a change to the statement shows in review as a change to
// the snapshot.
describe('the erasure SQL of the audit log', () => {
  it('replaces an erased person’s words in the entries of staff', () => {
    expect(SCRUB_AUDIT_SQL).toMatchSnapshot();
  });
});
