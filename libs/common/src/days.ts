/** The calendar day of an instant in a time zone, YYYY-MM-DD. */
export function dayInZone(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

/** The days of a membership, both inclusive: YYYY-MM-DD, null when open at that end. */
export interface MembershipDays {
  /** Null: member since before records were kept. */
  memberSince: string | null;
  /** The last day it counts; null: does not expire. */
  expiresOn: string | null;
}

/**
 * A membership counts on `day` from its `memberSince` day through its `expiresOn` day. The same
 * rule in SQL is the `current_memberships` view, on the associations' day.
 */
export function isActiveOn(membership: MembershipDays, day: string): boolean {
  return (
    (membership.memberSince === null || membership.memberSince <= day) &&
    (membership.expiresOn === null || membership.expiresOn >= day)
  );
}
