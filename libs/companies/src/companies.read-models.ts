import { readModel } from '@app/database';

// What the companies domain publishes for other domains' statements: views over its tables,
// created by the PublishedReadModels migration (docs/architecture.md, "Who owns which table").

/** Each company's province, its consent to matchmaking, and the lists partners are filtered and grouped by. */
export const companyFactsView = readModel('company_facts', {
  id: 'uuid',
  province: 'bpchar',
  matchmaking_opt_in: 'bool',
  sectors: '_text',
  therapeutic_areas: '_text',
  partnership_types: '_text',
  offers: '_text',
  seeks: '_text',
});

/**
 * The associations each company belongs to today, on the associations' day (Eastern time): a
 * membership counts from its `member_since` day through its `expires_on` day.
 */
export const currentMembershipsView = readModel('current_memberships', {
  company_id: 'uuid',
  association: 'varchar',
});
