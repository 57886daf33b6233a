import { Inject, Injectable } from '@nestjs/common';
import {
  COMMON_MESSAGES,
  FieldProblems,
  parsePage,
  toConnection,
  type Connection,
  type Locale,
  type Viewer,
} from '@app/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { UnitOfWork, type Transaction } from '@app/database';
import { EmailOutbox } from '../email/email-outbox.service.js';
import {
  NOTIFICATION_RECIPIENTS,
  type NotificationRecipients,
} from '../ports/notification-recipients.port.js';
import type { NotificationKind } from '../templates/notification-templates.js';
import {
  renderEmail,
  renderMessage,
  type EmailOnlyParams,
  type NotificationParams,
} from '../templates/render.js';
import { NotificationBus, type PublishedNotification } from './notification-bus.js';
import { NotificationsRepository, type NotificationRow } from './notifications.repository.js';

/** One notification to one person; the dedupe key makes writing it twice write nothing. */
export interface NotificationDraft {
  userId: string;
  kind: NotificationKind;
  params: NotificationParams;
  emailParams?: EmailOnlyParams;
  dedupeKey: string;
}

/** Written in the caller's transaction; pushed live and emailed once it committed. */
export interface PendingNotifications {
  live: PublishedNotification[];
  emailIds: (string | undefined)[];
}

/** A notification as a person reads it: the message in their language and zone. */
export interface RenderedNotification {
  id: string;
  kind: string;
  message: string;
  createdAt: Date;
  readAt: Date | null;
  meetingId: string | null;
  meetingRequestId: string | null;
}

export type NotificationPage = Connection<RenderedNotification> & { unreadCount: number };

const MAX_MARKED = 500;
const TOO_MANY_IDS = { fr: 'doit compter au plus {max} éléments.', en: 'must have at most {max} items.' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function render(
  row: Pick<NotificationRow, 'id' | 'kind' | 'params'> & {
    created_at: Date | string;
    read_at: Date | string | null;
  },
  locale: Locale,
  timeZone: string,
): RenderedNotification {
  return {
    id: row.id,
    kind: row.kind,
    message: renderMessage(row.kind, row.params, locale, timeZone),
    createdAt: new Date(row.created_at),
    readAt: row.read_at ? new Date(row.read_at) : null,
    meetingId: row.params.meetingId ?? null,
    meetingRequestId: row.params.meetingRequestId ?? null,
  };
}

/**
 * In-app notifications with their emails. Every event of a flow calls `record` inside its own
 * transaction (so a rolled-back action notifies nobody) and `deliver` after the commit: the live
 * push goes through Redis, the email through the outbox queue with retries.
 */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly repository: NotificationsRepository,
    private readonly unitOfWork: UnitOfWork,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: EmailOutbox,
    private readonly bus: NotificationBus,
    @Inject(NOTIFICATION_RECIPIENTS) private readonly people: NotificationRecipients,
  ) {}

  async record(manager: Transaction, drafts: NotificationDraft[]): Promise<PendingNotifications> {
    const pending: PendingNotifications = { live: [], emailIds: [] };
    if (drafts.length === 0) return pending;
    const recipients = await this.people.recipients([...new Set(drafts.map((d) => d.userId))], manager);
    const byId = new Map(recipients.map((r) => [r.id, r]));
    const present = drafts.filter((d) => byId.has(d.userId));
    if (present.length === 0) return pending;
    const inserted = await this.repository.insertMany(
      present.map((d) => ({ userId: d.userId, kind: d.kind, params: d.params, dedupeKey: d.dedupeKey })),
      manager,
    );
    const draftByKey = new Map(present.map((d) => [d.dedupeKey, d]));
    for (const row of inserted) {
      const draft = draftByKey.get(row.dedupe_key)!;
      const reader = byId.get(row.user_id)!;
      const email = renderEmail(
        draft.kind,
        { ...draft.params, ...draft.emailParams },
        { name: reader.name, locale: reader.locale, timeZone: reader.time_zone },
        this.config.PUBLIC_URL,
      );
      pending.emailIds.push(
        await this.outbox.record(
          {
            to: reader.email,
            userId: reader.id,
            kind: draft.kind,
            ...email,
            dedupeKey: `notification:${draft.dedupeKey}`,
            secrets: draft.emailParams?.icsUrl ? { icsUrl: draft.emailParams.icsUrl } : undefined,
          },
          manager,
        ),
      );
      pending.live.push({
        id: row.id,
        userId: row.user_id,
        kind: row.kind,
        params: row.params,
        createdAt: new Date(row.created_at).toISOString(),
        readAt: null,
        timeZone: reader.time_zone,
      });
    }
    return pending;
  }

  async deliver(pending: PendingNotifications | undefined): Promise<void> {
    if (!pending) return;
    await this.bus.publish(pending.live);
    await this.outbox.dispatch(pending.emailIds);
  }

  /** Those of `dedupeKeys` already written: what a job sweeping for due notifications skips. */
  written(dedupeKeys: readonly string[]): Promise<Set<string>> {
    return dedupeKeys.length ? this.repository.existingKeys(dedupeKeys) : Promise.resolve(new Set());
  }

  /** For jobs that notify outside any other transaction. */
  async notify(drafts: NotificationDraft[]): Promise<void> {
    await this.deliver(await this.unitOfWork.run((tx) => this.record(tx, drafts)));
  }

  async list(
    viewer: Viewer,
    first: number | null | undefined,
    after: string | null | undefined,
    unreadOnly: boolean,
  ) {
    const page = parsePage<[string, string]>(first, after, 2);
    if (
      page.after &&
      (Number.isNaN(Date.parse(String(page.after[0]))) || !UUID.test(String(page.after[1])))
    ) {
      new FieldProblems().add('after', COMMON_MESSAGES.badCursor).throwIfAny();
    }
    const counts = await this.repository.counts(viewer.userId);
    const timeZone = await this.people.timeZoneOf(viewer.userId);
    const rows = await this.repository.page(
      viewer.userId,
      page.first + 1,
      unreadOnly,
      page.after ? [String(page.after[0]), String(page.after[1])] : null,
    );
    const rendered = rows.map((row) => render(row, viewer.locale, timeZone));
    const connection = toConnection(rendered, page, unreadOnly ? counts.unread : counts.total, (n) => [
      n.createdAt.toISOString(),
      n.id,
    ]);
    return { ...connection, unreadCount: counts.unread } satisfies NotificationPage;
  }

  /** Marks the signed-in person's own notifications read; ids of others' are ignored. */
  async markRead(viewer: Viewer, ids: string[]): Promise<RenderedNotification[]> {
    const problems = new FieldProblems();
    ids.forEach((id, i) => {
      if (!UUID.test(id)) problems.add(`ids[${i}]`, COMMON_MESSAGES.invalidId);
    });
    if (ids.length > MAX_MARKED) problems.add('ids', TOO_MANY_IDS, { max: MAX_MARKED });
    problems.throwIfAny();
    await this.repository.markRead(viewer.userId, ids);
    const rows = await this.repository.own(viewer.userId, ids);
    if (rows.length === 0) return [];
    const timeZone = await this.people.timeZoneOf(viewer.userId);
    return rows.map((row) => render(row, viewer.locale, timeZone));
  }

  /**
   * The person acted on a request or a meeting (answered, withdrew, cancelled): what told them
   * about it is read now. Their other notifications stay as they were.
   */
  async markReadAbout(
    userId: string,
    about: { meetingRequestIds?: readonly string[]; meetingIds?: readonly string[] },
  ): Promise<void> {
    await this.repository.markReadAbout(userId, about.meetingRequestIds ?? [], about.meetingIds ?? []);
  }

  async markAllRead(viewer: Viewer): Promise<number> {
    return this.repository.markAllRead(viewer.userId);
  }
}
