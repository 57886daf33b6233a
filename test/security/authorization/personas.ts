/**
 * Who may use each operation and field of the GraphQL API, in one table. The personas are seen
 * from one company, "the company concerned" (A): its member, its admin, a member of another
 * company (B), staff of an association, the platform administrator, and an anonymous caller.
 * test/security/authorization-matrix.e2e-spec.ts calls every operation as every persona against
 * the running app, and fails when the schema has an operation or field without a row here.
 */
export const PERSONAS = ['anonymous', 'member', 'otherMember', 'companyAdmin', 'staff', 'admin'] as const;
export type Persona = (typeof PERSONAS)[number];

/** Ids the probes refer to: the company concerned, another company, and an id that matches nothing. */
export interface ProbeWorld {
  companyA: string;
  companyB: string;
  missing: string;
}

export interface OperationRow {
  /** `Query.x`, `Mutation.x` or `Subscription.x`. */
  coordinate: string;
  allowed: readonly Persona[];
  /** What the rule is, in words, for docs/security.md and for a reviewer. */
  rule: string;
  /** A call of the operation; omitted for subscriptions (graphql-ws), checked by their own tests. */
  probe?: { query: string; variables?: (w: ProbeWorld) => Record<string, unknown> };
}

/** A resolved field: `parent` when whoever may see the object sees the field. */
export interface FieldRow {
  coordinate: string;
  allowed: readonly Persona[] | 'parent';
  rule: string;
}

export const SIGNED_IN: readonly Persona[] = ['member', 'otherMember', 'companyAdmin', 'staff', 'admin'];
export const EVERYONE: readonly Persona[] = ['anonymous', ...SIGNED_IN];
export const STAFF: readonly Persona[] = ['staff', 'admin'];
export const MANAGERS_OF_A: readonly Persona[] = ['companyAdmin', 'staff', 'admin'];
export const PEOPLE_OF_A: readonly Persona[] = ['member', 'companyAdmin', 'staff', 'admin'];

export const SLOT = { start: '2031-03-03T14:00:00Z', end: '2031-03-03T15:00:00Z' };
export const EVENT_INPUT = {
  titleFr: 'Rencontre',
  titleEn: 'Meeting day',
  startsAt: '2031-05-05T13:00:00Z',
  endsAt: '2031-05-05T21:00:00Z',
  timeZone: 'America/Toronto',
  organizers: ['LSO'],
  memberPriceCents: 0,
  partnerMemberPriceCents: 0,
  nonMemberPriceCents: 0,
};
