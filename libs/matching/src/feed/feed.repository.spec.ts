import { SuggestionLens } from '../dto/matching.types.js';
import { CACHE_GENERATION_SQL, FEED_ORIGIN_SQL, feedStatement } from './feed.repository.js';
import { ADD_IMPRESSIONS_SQL } from './impressions.repository.js';

// Every feed request runs these (the feed once per feed generation): a change to one shows in
// review as a change to its snapshot.
describe('the SQL of the suggested-connections feed', () => {
  it('reads the company and the served runs in one statement', () => {
    expect(FEED_ORIGIN_SQL).toMatchSnapshot();
    expect(CACHE_GENERATION_SQL).toMatchSnapshot();
  });

  it('reads a whole feed, pinned partners first, in the order of the lens', () => {
    expect(feedStatement(undefined)).toMatchSnapshot();
    expect(feedStatement({ lens: SuggestionLens.THEY_OFFER_WHAT_WE_SEEK })).toMatchSnapshot();
  });

  it('filters the feed, its parameters numbered after the run, the company and its province', () => {
    expect(
      feedStatement({ sector: 'S1', therapeuticArea: 'T1', capability: 'C1', partnershipType: 'P1' }),
    ).toMatchSnapshot();
  });

  it('shows staff the hidden pairs of their association, or every one to an administrator', () => {
    expect(feedStatement(undefined, { association: 'BIOQUEBEC' })).toMatchSnapshot();
    expect(feedStatement(undefined, { association: null })).toMatchSnapshot();
  });

  it('adds what members were shown to the day’s counts in one statement', () => {
    expect(ADD_IMPRESSIONS_SQL).toMatchSnapshot();
  });
});
