import { Global, Injectable, Module } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { COMPANY_CONNECTIONS, type CompanyConnections } from '@app/companies';

/** Companies' COMPANY_CONNECTIONS port: the companies each company met (what lets it see contacts). */
@Injectable()
export class CompanyConnectionsRepository implements CompanyConnections {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  connectionsOf(companyIds: readonly string[]): Promise<{ company_id: string; other: string }[]> {
    return this.dataSource.query(
      `SELECT company_a AS company_id, company_b AS other FROM connections WHERE company_a = ANY($1::uuid[])
       UNION ALL SELECT company_b, company_a FROM connections WHERE company_b = ANY($1::uuid[])`,
      [[...companyIds]],
    );
  }
}

/**
 * Binds COMPANY_CONNECTIONS for the companies' API module (companies sits below meetings and
 * cannot import it): global, imported once by MeetingsCoreModule.
 */
@Global()
@Module({
  providers: [
    CompanyConnectionsRepository,
    { provide: COMPANY_CONNECTIONS, useExisting: CompanyConnectionsRepository },
  ],
  exports: [COMPANY_CONNECTIONS],
})
export class CompanyConnectionsModule {}
