import { Injectable, Logger } from '@nestjs/common';
import { canManageCompany, canSeeCompany, isStaff } from '@app/auth';
import {
  AppException,
  COMMON_MESSAGES,
  FieldProblems,
  isUuid,
  parsePage,
  toConnection,
  type Viewer,
} from '@app/common';
import { UnitOfWork, type Transaction } from '@app/database';
import { JobName, JobQueue } from '@app/queue';
import { CompaniesRepository } from './companies.repository.js';
import type { CompanyEntity } from './company.entity.js';
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
    private readonly companies: CompaniesRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly jobs: JobQueue,
  ) {}

  async findVisible(viewer: Viewer, id: string): Promise<CompanyEntity | null> {
    const company = await this.companies.findById(id);
    return company && canSeeCompany(viewer, company) ? company : null;
  }

  /** For loaders: the companies by id, in one query (visibility is the caller's concern). */
  async findByIds(ids: readonly string[]): Promise<CompanyEntity[]> {
    return this.companies.findByIds(ids);
  }

  /** The id of the company an import file names by this externalId. */
  async idByExternalId(externalId: string): Promise<string | undefined> {
    return this.companies.idByExternalId(externalId);
  }

  /** Which of these externalIds already name a company (an import's preview). */
  async knownExternalIds(externalIds: readonly string[]): Promise<Set<string>> {
    return this.companies.knownExternalIds(externalIds);
  }

  /** Members see the companies open to matchmaking and their own; staff see every company. */
  async list(
    viewer: Viewer,
    filter: CompanyFilter | undefined,
    first?: number | null,
    after?: string | null,
  ) {
    const page = parsePage<[string, string]>(first, after, 2);
    // A cursor is (name, id), as written by this list: anything else would reach PostgreSQL.
    if (page.after && !(typeof page.after[0] === 'string' && isUuid(page.after[1]))) {
      new FieldProblems().add('after', COMMON_MESSAGES.badCursor).throwIfAny();
    }
    checkFilterLengths(filter);
    const { rows, total } = await this.companies.directory({
      visibleTo: isStaff(viewer) ? null : { companyId: viewer.companyId ?? null },
      filter,
      after: page.after ?? null,
      limit: page.first + 1,
    });
    return toConnection(rows, page, total, (c) => [c.name, c.id]);
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

    const saved = await this.unitOfWork.run(async (tx) => {
      const company = await this.companies.lock(id, tx);
      if (!company) throw AppException.notFound(COMPANY_THING);
      const changed = applyDraft(company, {
        ...draft,
        matchmakingOptIn: input.matchmakingOptIn ?? undefined,
      });
      if (changed.length === 0) return { company, rescore: false };
      const rescore = changed.some((f) => MATCHING_FIELDS.includes(f as keyof CompanyEntity));
      if (rescore) company.profileVersion += 1;
      const saved = await this.companies.save(company, tx);
      if (changed.includes('matchmakingOptIn')) await this.recordConsent(saved, viewer.userId, tx);
      return { company: saved, rescore };
    });
    if (saved.rescore) await this.queueRescore([saved.company]);
    return saved.company;
  }

  /** Consent to matchmaking is dated when given, cleared when withdrawn, and logged both ways (Law 25). */
  async recordConsent(company: CompanyEntity, userId: string | null, tx: Transaction): Promise<void> {
    company.matchmakingConsentAt = company.matchmakingOptIn ? new Date() : null;
    await this.companies.recordConsent(
      company.id,
      company.matchmakingConsentAt,
      company.matchmakingOptIn,
      userId,
      tx,
    );
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
