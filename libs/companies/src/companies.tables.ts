import { tableShape, type RowOf } from '@app/database';

/**
 * The companies domain's tables as raw SQL returns them; checked by test/foundation/table-shapes.
 * `companies.search_vector` (a tsvector, read only by the search condition) is left out.
 */
export const companiesTable = tableShape('companies', {
  id: 'uuid',
  external_id: 'varchar?',
  name: 'varchar',
  province: 'bpchar',
  city: 'varchar?',
  website: 'varchar?',
  languages: '_text',
  size: 'varchar?',
  sectors: '_text',
  therapeutic_areas: '_text',
  modalities: '_text',
  stage: 'varchar?',
  offers: '_text',
  seeks: '_text',
  partnership_types: '_text',
  description_fr: 'text?',
  description_en: 'text?',
  seeking_fr: 'text?',
  seeking_en: 'text?',
  matchmaking_opt_in: 'bool',
  matchmaking_consent_at: 'timestamptz?',
  profile_version: 'int4',
  created_at: 'timestamptz',
  updated_at: 'timestamptz',
});
export type CompanyRow = RowOf<typeof companiesTable>;

export const membershipsTable = tableShape('memberships', {
  id: 'uuid',
  company_id: 'uuid',
  association: 'varchar',
  member_since: 'date?',
  expires_on: 'date?',
});
export type MembershipRow = RowOf<typeof membershipsTable>;

export const consentLogTable = tableShape('consent_log', {
  id: 'int8',
  company_id: 'uuid',
  user_id: 'uuid?',
  granted: 'bool',
  at: 'timestamptz',
});
export type ConsentLogRow = RowOf<typeof consentLogTable>;
