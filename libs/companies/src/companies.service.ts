import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { Brackets, In, type DataSource, type EntityManager, type Repository } from 'typeorm';
import { canManageCompany, canSeeCompany, isStaff } from '@app/auth';
import {
  AppException,
  COMMON_MESSAGES,
  FieldProblems,
  parsePage,
  toConnection,
  type Viewer,
} from '@app/common';
import { JobName, JobQueue } from '@app/queue';
import { CompanyEntity } from './company.entity.js';
import { COMPANY_THING } from './company.errors.js';
import type { CompanyFilter, CompanyProfileInput } from './dto/company.inputs.js';
import { applyDraft, draftFromInput, MATCHING_FIELDS } from './profile/profile-changes.js';
import { checkProfile } from './profile/profile-rules.js';

const BULK_RESCORE_THRESHOLD = 20;
/** Longer searches say nothing more, and cost PostgreSQL's parser dearly (90 kB overflowed its stack). */
export const MAX_SEARCH_LENGTH = 200;
/** Codes and capabilities are short words. */
export const MAX_FILTER_LENGTH = 100;

/** Every string of the filter within its length, each one too long named (`filter.search`, …). */
function checkFilterLengths(filter: CompanyFilter | undefined): void {
  const problems = new FieldProblems();
  for (const [field, value] of Object.entries(filter ?? {})) {
    const max = field === 'search' ? MAX_SEARCH_LENGTH : MAX_FILTER_LENGTH;
    if (typeof value === 'string' && value.length > max) {
      problems.add(`filter.${field}`, COMMON_MESSAGES.tooLong, { max });
    }
  }
  problems.throwIfAny();
}

@Injectable()
export class CompaniesService {
  private readonly logger = new Logger(CompaniesService.name);

  constructor(
    @InjectRepository(CompanyEntity) private readonly companies: Repository<CompanyEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
  ) {}

  async findVisible(viewer: Viewer, id: string): Promise<CompanyEntity | null> {
    const company = await this.companies.findOne({ where: { id } });
    return company && canSeeCompany(viewer, company) ? company : null;
  }

  /** For loaders: the companies by id, in one query (visibility is the caller's concern). */
  async findByIds(ids: readonly string[]): Promise<CompanyEntity[]> {
    return ids.length ? this.companies.find({ where: { id: In([...ids]) } }) : [];
  }

  /** The id of the company an import file names by this externalId. */
  async idByExternalId(externalId: string): Promise<string | undefined> {
    const company = await this.companies.findOne({ where: { externalId }, select: { id: true } });
    return company?.id;
  }

  /** Which of these externalIds already name a company (an import's preview). */
  async knownExternalIds(externalIds: readonly string[]): Promise<Set<string>> {
    if (externalIds.length === 0) return new Set();
    const found = await this.companies.find({
      where: { externalId: In([...externalIds]) },
      select: { externalId: true },
    });
    return new Set(found.map((c) => c.externalId!));
  }

  async list(
    viewer: Viewer,
    filter: CompanyFilter | undefined,
    first?: number | null,
    after?: string | null,
  ) {
    const page = parsePage<[string, string]>(first, after, 2);
    const query = this.companies.createQueryBuilder('c');
    if (!isStaff(viewer)) {
      query.andWhere(
        new Brackets((w) =>
          w.where('c.matchmaking_opt_in').orWhere('c.id = :own', { own: viewer.companyId }),
        ),
      );
    }
    checkFilterLengths(filter);
    if (filter?.province) query.andWhere('c.province = :province', { province: filter.province });
    const arrayFilters: [keyof CompanyFilter, string][] = [
      ['sector', 'sectors'],
      ['therapeuticArea', 'therapeutic_areas'],
      ['modality', 'modalities'],
      ['offers', 'offers'],
      ['seeks', 'seeks'],
    ];
    for (const [field, column] of arrayFilters) {
      if (filter?.[field])
        query.andWhere(`c.${column} @> ARRAY[:${field}]::text[]`, { [field]: filter[field] });
    }
    if (filter?.search?.trim()) {
      query.andWhere(
        `c.search_vector @@ (websearch_to_tsquery('french', immutable_unaccent(:search)) ||
                             websearch_to_tsquery('english', immutable_unaccent(:search)))`,
        { search: filter.search.trim() },
      );
    }
    const totalCount = await query.clone().getCount();
    if (page.after) {
      query.andWhere('(c.name, c.id) > (:afterName, :afterId)', {
        afterName: page.after[0],
        afterId: page.after[1],
      });
    }
    const rows = await query
      .orderBy('c.name', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .take(page.first + 1)
      .getMany();
    return toConnection(rows, page, totalCount, (c) => [c.name, c.id]);
  }

  /**
   * A company admin edits their own company, staff any. Every field is checked before anything
   * is written; a change to what matching reads queues a rescoring of the company.
   */
  async updateProfile(viewer: Viewer, companyId: string | undefined, input: CompanyProfileInput) {
    const id = companyId ?? viewer.companyId;
    if (!id) throw AppException.notFound(COMPANY_THING);
    if (!canManageCompany(viewer, id)) throw AppException.forbidden();
    const draft = draftFromInput(input);
    const problems = new FieldProblems();
    checkProfile(draft, problems, (field) => `input.${field}`);
    problems.throwIfAny();

    const saved = await this.dataSource.transaction(async (manager) => {
      const company = await manager.findOne(CompanyEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!company) throw AppException.notFound(COMPANY_THING);
      const changed = applyDraft(company, {
        ...draft,
        matchmakingOptIn: input.matchmakingOptIn ?? undefined,
      });
      if (changed.length === 0) return { company, rescore: false };
      const rescore = changed.some((f) => MATCHING_FIELDS.includes(f as keyof CompanyEntity));
      if (rescore) company.profileVersion += 1;
      const saved = await manager.save(company);
      if (changed.includes('matchmakingOptIn')) await this.recordConsent(manager, saved, viewer.userId);
      return { company: saved, rescore };
    });
    if (saved.rescore) await this.queueRescore([saved.company]);
    return saved.company;
  }

  /** Consent to matchmaking is dated when given, cleared when withdrawn, and logged both ways (Law 25). */
  async recordConsent(manager: EntityManager, company: CompanyEntity, userId: string | null): Promise<void> {
    company.matchmakingConsentAt = company.matchmakingOptIn ? new Date() : null;
    await manager.update(
      CompanyEntity,
      { id: company.id },
      { matchmakingConsentAt: company.matchmakingConsentAt },
    );
    await manager.query(`INSERT INTO consent_log (company_id, user_id, granted) VALUES ($1, $2, $3)`, [
      company.id,
      userId,
      company.matchmakingOptIn,
    ]);
  }

  /**
   * One job per company and profile version, so a retried save does not queue it twice; a bulk
   * change (an import) queues one full run instead of hundreds of single rescorings.
   */
  async queueRescore(companies: Pick<CompanyEntity, 'id' | 'profileVersion'>[]): Promise<void> {
    if (companies.length > BULK_RESCORE_THRESHOLD) {
      await this.jobs
        .add(JobName.RESCORE_ALL, { kind: 'FULL' })
        .catch((error: Error) => this.logger.warn(`Full rescoring not queued: ${error.message}`));
      return;
    }
    for (const company of companies) {
      await this.jobs
        .add(
          JobName.RESCORE_COMPANY,
          { companyId: company.id },
          { jobId: `${company.id}-v${company.profileVersion}-rescore` },
        )
        .catch((error: Error) => this.logger.warn(`Rescoring of ${company.id} not queued: ${error.message}`));
    }
  }
}
