// Which companies met which, read from the meetings domain without companies depending on it:
// meetings sits above companies (it writes `connections` when a meeting is held), so it binds its
// implementation to this token (CompanyConnectionsModule in libs/meetings, a global module that
// MeetingsCoreModule imports).

export interface CompanyConnections {
  /** Each pair a company of `companyIds` is in, once per side: `other` is the company it met. */
  connectionsOf(companyIds: readonly string[]): Promise<{ company_id: string; other: string }[]>;
}

export const COMPANY_CONNECTIONS = Symbol('CompanyConnections');
