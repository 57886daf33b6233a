import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
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
import { EmailOutbox } from '../email/email-outbox.service.js';
import type { NotificationKind } from '../templates/notification-templates.js';
import {
  renderEmail,
  renderMessage,
  type EmailOnlyParams,
  type NotificationParams,
} from '../templates/render.js';
import { NotificationBus, type PublishedNotification } from './notification-bus.js';

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

interface RecipientRow {
  id: string;
  email: string;
  name: string;
  locale: Locale;
  time_zone: string;
}

interface NotificationRow {
  id: string;
  user_id: string;
  kind: string;
  params: NotificationParams;
  created_at: Date;
  read_at: Date | null;
}

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
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: EmailOutbox,
    private readonly bus: NotificationBus,
  ) {}

  async record(manager: EntityManager, drafts: NotificationDraft[]): Promise<PendingNotifications> {
    const pending: PendingNotifications = { live: [], emailIds: [] };
    if (drafts.length === 0) return pending;
    const recipients: RecipientRow[] = await manager.query(
      `SELECT id, email, name, locale, time_zone FROM users WHERE id = ANY($1::uuid[]) AND deleted_at IS NULL`,
      [[...new Set(drafts.map((d) => d.userId))]],
    );
    const byId = new Map(recipients.map((r) => [r.id, r]));
    const present = drafts.filter((d) => byId.has(d.userId));
    if (present.length === 0) return pending;
    const inserted: (NotificationRow & { dedupe_key: string })[] = await manager.query(
      `INSERT INTO notifications (user_id, kind, params, dedupe_key, created_at)
       SELECT t.user_id, t.kind, t.params, t.dedupe_key, date_trunc('milliseconds', clock_timestamp())
         FROM unnest($1::uuid[], $2::text[], $3::jsonb[], $4::text[]) AS t(user_id, kind, params, dedupe_key)
       ON CONFLICT (dedupe_key) DO NOTHING
       RETURNING id, user_id, kind, params, dedupe_key, created_at, read_at`,
      [
        present.map((d) => d.userId),
        present.map((d) => d.kind),
        present.map((d) => JSON.stringify(d.params)),
        present.map((d) => d.dedupeKey),
      ],
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

  /** For jobs that notify outside any other transaction. */
  async notify(drafts: NotificationDraft[]): Promise<void> {
    await this.deliver(await this.dataSource.transaction((manager) => this.record(manager, drafts)));
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
    const [counts]: { total: number; unread: number; time_zone: string }[] = await this.dataSource.query(
      `SELECT (SELECT time_zone FROM users WHERE id = $1) AS time_zone,
              count(*)::int AS total, (count(*) FILTER (WHERE read_at IS NULL))::int AS unread
         FROM notifications WHERE user_id = $1`,
      [viewer.userId],
    );
    const params: unknown[] = [viewer.userId, page.first + 1];
    let conditions = unreadOnly ? ' AND read_at IS NULL' : '';
    if (page.after) {
      params.push(page.after[0], page.after[1]);
      conditions += ' AND (created_at, id) < ($3::timestamptz, $4::uuid)';
    }
    const rows: NotificationRow[] = await this.dataSource.query(
      `SELECT id, user_id, kind, params, created_at, read_at FROM notifications
        WHERE user_id = $1${conditions} ORDER BY created_at DESC, id DESC LIMIT $2`,
      params,
    );
    const rendered = rows.map((row) => render(row, viewer.locale, counts.time_zone));
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
    await this.dataSource.query(
      `UPDATE notifications SET read_at = now() WHERE user_id = $1 AND id = ANY($2::uuid[]) AND read_at IS NULL`,
      [viewer.userId, ids],
    );
    const rows: (NotificationRow & { time_zone: string })[] = await this.dataSource.query(
      `SELECT n.id, n.user_id, n.kind, n.params, n.created_at, n.read_at, u.time_zone
         FROM notifications n JOIN users u ON u.id = n.user_id
        WHERE n.user_id = $1 AND n.id = ANY($2::uuid[]) ORDER BY n.created_at DESC, n.id DESC`,
      [viewer.userId, ids],
    );
    return rows.map((row) => render(row, viewer.locale, row.time_zone));
  }

  /**
   * The person acted on a request or a meeting (answered, withdrew, cancelled): what told them
   * about it is read now. Their other notifications stay as they were.
   */
  async markReadAbout(
    userId: string,
    about: { meetingRequestIds?: readonly string[]; meetingIds?: readonly string[] },
  ): Promise<void> {
    await this.dataSource.query(
      `UPDATE notifications SET read_at = now()
        WHERE user_id = $1 AND read_at IS NULL
          AND (params->>'meetingRequestId' = ANY($2::text[]) OR params->>'meetingId' = ANY($3::text[]))`,
      [userId, about.meetingRequestIds ?? [], about.meetingIds ?? []],
    );
  }

  async markAllRead(viewer: Viewer): Promise<number> {
    const [, count]: [unknown, number] = await this.dataSource.query(
      `UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL`,
      [viewer.userId],
    );
    return count;
  }
}
