import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { dayInZone, translate } from '@app/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { CompaniesService, CompanyDirectory } from '@app/companies';
import { MeetingsService, PARTNERSHIP_STAGES, type PartnershipStage } from '@app/meetings';
import { EmailOutbox } from '@app/notifications';
import { PublishedMeetings } from '../arranging/published-meetings.js';
import { TradeMissionRepository } from '../missions.repository.js';
import { MissionFollowUpRepository } from './follow-up.repository.js';
import { FOLLOW_UP_TEXT, STAGE_LABELS } from './follow-up.messages.js';

/** The follow-up goes out this long after a mission ended (about six months). */
export const FOLLOW_UP_AFTER_DAYS = 182;
/** A follow-up link works this long. */
export const FOLLOW_UP_LINK_DAYS = 60;
const BATCH = 20;
const DAY = 86_400_000;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * About six months after a mission, each company's admins get one email listing the company's
 * meetings of the mission, with one link per possible stage: a click records where the meeting
 * led, without a password. Only the SHA-256 of each link's token is kept; a link works once.
 */
@Injectable()
export class MissionFollowUpService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly missions: TradeMissionRepository,
    private readonly followUps: MissionFollowUpRepository,
    private readonly missionMeetings: PublishedMeetings,
    private readonly companies: CompaniesService,
    private readonly directory: CompanyDirectory,
    private readonly meetings: MeetingsService,
    private readonly outbox: EmailOutbox,
  ) {}

  /** Sends every follow-up that is due; returns the missions done. Safe to run again at any time. */
  async sendDue(now: Date = new Date()): Promise<number> {
    let done = 0;
    for (;;) {
      const { count, emailIds } = await this.missions.transaction(async (manager) => {
        const due = await this.followUps.lockDue(
          manager,
          new Date(now.getTime() - FOLLOW_UP_AFTER_DAYS * DAY),
          BATCH,
        );
        const emailIds: (string | undefined)[] = [];
        for (const missionId of due) {
          emailIds.push(...(await this.sendOne(manager, missionId, now)));
          await this.followUps.markSent(manager, missionId, now);
        }
        return { count: due.length, emailIds };
      });
      await this.outbox.dispatch(emailIds);
      done += count;
      if (count < BATCH) return done;
    }
  }

  /** Records the stage a link stands for; false when the link is unknown, used or expired. */
  async answer(token: string, stage: string): Promise<boolean> {
    if (!/^[0-9a-f]{64}$/.test(token) || !PARTNERSHIP_STAGES.includes(stage as PartnershipStage))
      return false;
    return this.missions.transaction(async (manager) => {
      const link = await this.followUps.consume(manager, hashToken(token), new Date());
      if (!link) return false;
      await this.meetings.recordStage(manager, link.meetingId, link.companyId, stage as PartnershipStage);
      return true;
    });
  }

  private async sendOne(
    manager: Parameters<MissionFollowUpRepository['markSent']>[0],
    missionId: string,
    now: Date,
  ) {
    const mission = (await this.missions.findById(missionId, manager))!;
    const meetings = await this.missionMeetings.scheduled(missionId, manager);
    const companyIds = [...new Set(meetings.flatMap((m) => [m.delegateCompanyId, m.hostCompanyId]))];
    const names = new Map((await this.companies.findByIds(companyIds)).map((c) => [c.id, c.name]));
    const admins = await this.directory.adminsOf(companyIds, manager);
    const expiresAt = new Date(now.getTime() + FOLLOW_UP_LINK_DAYS * DAY);
    const emailIds: (string | undefined)[] = [];
    for (const companyId of companyIds) {
      const own = meetings.filter((m) => m.delegateCompanyId === companyId || m.hostCompanyId === companyId);
      const links: { other: string; token: string }[] = [];
      for (const m of own) {
        const token = randomBytes(32).toString('hex');
        const inserted = await this.followUps.insertLink(manager, {
          tokenHash: hashToken(token),
          missionId,
          meetingId: m.meetingId,
          companyId,
          expiresAt,
        });
        const other = m.delegateCompanyId === companyId ? m.hostCompanyId : m.delegateCompanyId;
        if (inserted) links.push({ other: names.get(other) ?? '', token });
      }
      if (links.length === 0) continue;
      for (const reader of await this.directory.contacts(admins.get(companyId) ?? [], manager)) {
        const locale = reader.locale;
        const title = locale === 'fr' ? mission.titleFr : mission.titleEn;
        const expires = dayInZone(expiresAt, mission.timeZone);
        const blocks = links.map(({ other, token }) =>
          [
            translate(FOLLOW_UP_TEXT.meeting, locale, { company: other }),
            ...PARTNERSHIP_STAGES.map(
              (stage) =>
                `- ${translate(STAGE_LABELS[stage], locale)} : ${this.config.PUBLIC_URL}/follow-up/${token}/${stage}`,
            ),
          ].join('\n'),
        );
        const body = [
          translate(FOLLOW_UP_TEXT.greeting, locale, { name: reader.name }),
          translate(FOLLOW_UP_TEXT.intro, locale, { mission: title, expires }),
          ...blocks,
        ].join('\n\n');
        emailIds.push(
          await this.outbox.record(
            {
              to: reader.email,
              userId: reader.id,
              kind: 'MISSION_FOLLOW_UP',
              subject: translate(FOLLOW_UP_TEXT.subject, locale, { mission: title }),
              body: `${body}\n`,
              dedupeKey: `mission-follow-up:${missionId}:${companyId}:${reader.id}`,
            },
            manager,
          ),
        );
      }
    }
    return emailIds;
  }
}
