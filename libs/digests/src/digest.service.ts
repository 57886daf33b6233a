import { Inject, Injectable } from '@nestjs/common';
import type { DigestReader } from '@app/auth';
import { APP_CONFIG, type AppConfig } from '@app/config';
import type { Viewer } from '@app/common';
import { UnitOfWork } from '@app/database';
import { CompaniesService } from '@app/companies';
import { PairFitService, renderReasons } from '@app/matching';
import { Clock, MeetingsService, RequestFitsService } from '@app/meetings';
import { EmailOutbox } from '@app/notifications';
import { renderDigest, type DigestData } from './digest-email.js';
import { DigestRepository, type DigestItems } from './digest.repository.js';
import { UnsubscribeLinks } from './unsubscribe/unsubscribe-links.js';

/** A suggestion this strong (0..1) is worth a line in a digest. */
export const STRONG_SUGGESTION = 0.6;
const MAX_SUGGESTIONS = 5;
const MAX_REQUESTS = 10;
const WEEK_MS = 7 * 24 * 3_600_000;

export interface DigestOutcome {
  /** The email was recorded in the outbox. */
  emailed: boolean;
  /** The period had been handled before: nothing was done. */
  repeated: boolean;
}

/**
 * One person's weekly digest: strong suggestions new since the last digest (one reason each),
 * received requests still waiting (best fit first), meetings of the coming seven days. Nothing is
 * sent when none of it is new since the last digest sent to the person.
 */
@Injectable()
export class DigestService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: DigestRepository,
    private readonly pairFits: PairFitService,
    private readonly requestFits: RequestFitsService,
    private readonly meetings: MeetingsService,
    private readonly companies: CompaniesService,
    private readonly outbox: EmailOutbox,
    private readonly links: UnsubscribeLinks,
    private readonly clock: Clock,
  ) {}

  /** Sends (or records as silent) one person's digest for a period, once per period. */
  async send(reader: DigestReader, period: string): Promise<DigestOutcome> {
    const now = this.clock.now();
    const last = await this.repository.lastEmailed(reader.id);
    const { data, items, anythingNew } = await this.compose(reader, last, now);
    const emailId = await this.unitOfWork.run(async (tx) => {
      const first = await this.repository.record(tx, reader.id, period, anythingNew, items, now);
      if (!first) return null;
      if (!anythingNew) return undefined;
      const email = renderDigest(data);
      const unsubscribe = data.unsubscribeUrl;
      return this.outbox.record(
        {
          to: reader.email,
          userId: reader.id,
          kind: 'WEEKLY_DIGEST',
          subject: email.subject,
          body: email.text,
          html: email.html,
          headers: {
            'List-Unsubscribe': `<${unsubscribe}>`,
            'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
          },
          dedupeKey: `digest:${reader.id}:${period}`,
        },
        tx,
      );
    });
    if (emailId) await this.outbox.dispatch([emailId]);
    return { emailed: !!emailId, repeated: emailId === null };
  }

  private async compose(reader: DigestReader, last: DigestItems, now: Date) {
    const viewer: Viewer = {
      userId: reader.id,
      role: reader.role,
      companyId: reader.company_id,
      association: reader.association,
      locale: reader.locale,
    };
    const [strong, waiting, meetings] = await Promise.all([
      this.pairFits.feedPartners(reader.company_id, { above: STRONG_SUGGESTION - 1e-9, limit: 50 }),
      this.requestFits.listBestFit(viewer, MAX_REQUESTS, null, { status: 'PENDING', direction: 'INCOMING' }),
      this.meetings.list(viewer, now, new Date(now.getTime() + WEEK_MS)),
    ]);
    const fresh = strong.filter((s) => !last.partnerIds.includes(s.id)).slice(0, MAX_SUGGESTIONS);
    const requests = waiting.edges.map((e) => e.node);
    const scheduled = meetings.filter((m) => m.status === 'SCHEDULED');
    const [fits, seats] = await Promise.all([
      this.requestFits.fitsOf(viewer, requests),
      this.meetings.seatsOf(scheduled.map((m) => m.id)),
    ]);
    const names = new Map(
      (
        await this.companies.findByIds([
          ...new Set([...requests.map((r) => r.fromCompanyId), ...seats.map((s) => s.companyId)]),
        ])
      ).map((c) => [c.id, c.name]),
    );
    const items: DigestItems = {
      // Every strong suggestion shown so far stays known, so one is never announced twice in a row.
      partnerIds: [...new Set([...last.partnerIds, ...fresh.map((s) => s.id)])],
      requestIds: requests.map((r) => r.id),
      meetingIds: scheduled.map((m) => m.id),
    };
    const anythingNew =
      fresh.length > 0 ||
      requests.some((r) => !last.requestIds.includes(r.id)) ||
      scheduled.some((m) => !last.meetingIds.includes(m.id));
    const data: DigestData = {
      reader: { name: reader.name, locale: reader.locale, timeZone: reader.time_zone },
      suggestions: fresh.map((s) => ({
        name: s.name,
        reason: renderReasons(s.reasons.slice(0, 1), reader.locale)[0]?.message ?? '',
      })),
      requests: requests.map((r) => ({
        company: names.get(r.fromCompanyId) ?? '',
        fit: fits.get(r.id)?.score ?? null,
      })),
      meetings: scheduled.map((m) => ({
        companies: [
          ...new Set(
            seats
              .filter((s) => s.meetingId === m.id && s.companyId !== reader.company_id)
              .map((s) => names.get(s.companyId) ?? ''),
          ),
        ].join(', '),
        start: m.start,
        end: m.end,
      })),
      appUrl: `${this.config.PUBLIC_URL}/`,
      unsubscribeUrl: this.links.url(reader.id),
    };
    return { data, items, anythingNew };
  }
}
