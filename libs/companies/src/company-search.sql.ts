import type { CompanyFilter } from './dto/company.inputs.js';

/** Every column of `companies` but the search vector, as the company loader and the directory read them. */
export const COMPANY_COLUMNS = `c.id, c.external_id, c.name, c.province, c.city, c.website, c.languages, c.size,
       c.sectors, c.therapeutic_areas, c.modalities, c.stage, c.offers, c.seeks, c.partnership_types,
       c.description_fr, c.description_en, c.seeking_fr, c.seeking_en, c.matchmaking_opt_in,
       c.matchmaking_consent_at, c.profile_version, c.created_at, c.updated_at`;

/** The company loader: every page that shows a company goes through it. */
export const COMPANIES_BY_IDS_SQL = `SELECT ${COMPANY_COLUMNS} FROM companies c WHERE c.id = ANY($1::uuid[])`;

/** Full text over names and descriptions, French and English, accents ignored (the GIN index on search_vector). */
export const COMPANY_SEARCH_CONDITION = (param: string) =>
  `c.search_vector @@ (websearch_to_tsquery('french', immutable_unaccent(${param})) ||
                       websearch_to_tsquery('english', immutable_unaccent(${param})))`;

const ARRAY_FILTERS: [keyof CompanyFilter, string][] = [
  ['sector', 'sectors'],
  ['therapeuticArea', 'therapeutic_areas'],
  ['modality', 'modalities'],
  ['offers', 'offers'],
  ['seeks', 'seeks'],
];

export interface DirectoryQuery {
  /** Null for staff, who see every company; else the viewer's company, seen even when not opted in. */
  visibleTo: { companyId: string | null } | null;
  filter: CompanyFilter | undefined;
  after: [string, string] | null;
  limit: number;
}

export interface DirectorySql {
  count: { sql: string; params: unknown[] };
  page: { sql: string; params: unknown[] };
}

/**
 * The company directory's two statements (the total, and one page by name then id), with only
 * the conditions the filter asks for, so PostgreSQL plans each on its indexes.
 */
export function directorySql({ visibleTo, filter, after, limit }: DirectoryQuery): DirectorySql {
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const where: string[] = [];
  if (visibleTo) where.push(`(c.matchmaking_opt_in OR c.id = ${param(visibleTo.companyId)})`);
  if (filter?.province) where.push(`c.province = ${param(filter.province)}`);
  for (const [field, column] of ARRAY_FILTERS) {
    if (filter?.[field]) where.push(`c.${column} @> ARRAY[${param(filter[field])}]::text[]`);
  }
  const search = filter?.search?.trim();
  if (search) where.push(COMPANY_SEARCH_CONDITION(param(search)));
  const clause = (conditions: string[]) => (conditions.length ? ` WHERE ${conditions.join(' AND ')}` : '');
  const count = {
    sql: `SELECT count(*)::int AS count FROM companies c${clause(where)}`,
    params: [...params],
  };
  if (after) where.push(`(c.name, c.id) > (${param(after[0])}, ${param(after[1])})`);
  const page = {
    sql: `SELECT ${COMPANY_COLUMNS} FROM companies c${clause(where)} ORDER BY c.name ASC, c.id ASC LIMIT ${param(limit)}`,
    params,
  };
  return { count, page };
}
