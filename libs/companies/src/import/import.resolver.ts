import { Args, Field, Int, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { Roles } from '@app/auth';
import { CurrentViewer, JsonScalar, type Viewer } from '@app/common';
import { CompanyEntity } from '../company.entity.js';
import { CompanyImportService } from './company-import.service.js';
import { validateImportDocument } from './import-validator.js';

@ObjectType({ description: 'What an import did, or (dry run) would do.' })
export class ImportResult {
  @Field({ description: 'True when nothing was written.' })
  dryRun: boolean;

  @Field(() => Int, { description: 'Companies in the file.' })
  companies: number;

  @Field(() => Int, { description: 'New externalIds (dry run: would be created).' })
  created: number;

  @Field(() => Int, { description: 'Known externalIds (dry run: would be updated or left unchanged).' })
  updated: number;

  @Field(() => Int)
  unchanged: number;

  @Field(() => Int, { description: 'People invited by email.' })
  invited: number;
}

/**
 * The staff import of a member file, as `npm run cli -- import` does it: every problem of the
 * file is reported at once (BAD_USER_INPUT, `extensions.fields` at `companies[i].field`) and
 * nothing is written; `dryRun` checks the file without writing even when it is valid.
 */
@Resolver()
export class CompanyImportResolver {
  constructor(
    private readonly importer: CompanyImportService,
    @InjectRepository(CompanyEntity) private readonly companies: Repository<CompanyEntity>,
  ) {}

  @Roles('STAFF', 'ADMIN')
  @Mutation(() => ImportResult, {
    description: 'Imports or updates member companies from an import document (staff).',
  })
  async importCompanies(
    @CurrentViewer() viewer: Viewer,
    @Args('document', { type: () => JsonScalar }) document: unknown,
    @Args('dryRun', { nullable: true, defaultValue: false }) dryRun: boolean,
  ): Promise<ImportResult> {
    const { companies, problems } = validateImportDocument(document);
    problems.throwIfAny();
    if (dryRun) {
      const known = await this.companies.count({
        where: { externalId: In(companies.map((c) => c.externalId)) },
      });
      return {
        dryRun,
        companies: companies.length,
        created: companies.length - known,
        updated: known,
        unchanged: 0,
        invited: 0,
      };
    }
    const summary = await this.importer.import(companies, viewer.userId);
    return { dryRun, companies: companies.length, ...summary };
  }
}
