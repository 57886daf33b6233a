import { STANDINGS_SQL } from './company-relations.repository.js';

// Every feed page asks where the viewer's company stands with the partners shown: a change to
// this statement shows in review as a change to its snapshot.
describe('the hot SQL of company relations', () => {
  it('reads the waiting request and the next meeting with each company asked, in one statement', () => {
    expect(STANDINGS_SQL).toMatchSnapshot();
  });
});
