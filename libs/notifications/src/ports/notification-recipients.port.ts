// Who notifications are for, read from the auth domain without notifications depending on it:
// auth sits above notifications (it sends invitations and password resets through it), so it binds
// its implementation to this token (PeopleModule in libs/auth, a global module that AccountsModule
// imports).
import type { Locale } from '@app/common';
import type { Transaction } from '@app/database';

/** Who a notification is for, as its email and rendering need them. */
export interface Recipient {
  id: string;
  email: string;
  name: string;
  locale: Locale;
  time_zone: string;
}

export interface NotificationRecipients {
  /** The people among `userIds` who still have an account. */
  recipients(userIds: readonly string[], tx?: Transaction): Promise<Recipient[]>;
  /** The time zone the signed-in person's notifications render in. */
  timeZoneOf(userId: string): Promise<string>;
}

export const NOTIFICATION_RECIPIENTS = Symbol('NotificationRecipients');
