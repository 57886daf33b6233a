import { readModel } from '@app/database';

// What the matching domain publishes for other domains' statements: views over its tables,
// created by the PublishedReadModels migration (docs/architecture.md, "Who owns which table").

/** How many times a day each company was shown each partner in its feed. */
export const suggestionsShownView = readModel('suggestions_shown', {
  company_id: 'uuid',
  partner_id: 'uuid',
  day: 'date',
  shown: 'int4',
});
