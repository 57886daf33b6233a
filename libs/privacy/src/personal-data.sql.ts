/**
 * What is held about one person ($1), section by section, as JSON rows. A new table that holds
 * personal data adds its section here, so that `myData` stays complete.
 */
export const PERSONAL_DATA_SECTIONS: Record<string, string> = {
  account: `SELECT id, email, name, role, locale, time_zone, association, company_id, created_at, updated_at
              FROM users WHERE id = $1`,
  company: `SELECT c.id, c.name, c.province, c.matchmaking_opt_in, c.matchmaking_consent_at
              FROM companies c JOIN users u ON u.company_id = c.id WHERE u.id = $1`,
  consentChanges: `SELECT company_id, granted, at FROM consent_log WHERE user_id = $1 ORDER BY at`,
  invitations: `SELECT created_at, expires_at, used_at FROM invitations WHERE user_id = $1 ORDER BY created_at`,
  passwordResets: `SELECT created_at, expires_at, used_at FROM password_resets WHERE user_id = $1 ORDER BY created_at`,
  availability: `SELECT s.time_zone, s.updated_at,
                        (SELECT coalesce(json_agg(w.*), '[]') FROM availability_weekly w WHERE w.user_id = s.user_id) AS weekly,
                        (SELECT coalesce(json_agg(d.*), '[]') FROM availability_dated d WHERE d.user_id = s.user_id) AS dated
                   FROM availability_settings s WHERE s.user_id = $1`,
  meetingRequestsSent: `SELECT * FROM meeting_requests WHERE requester_id = $1 ORDER BY created_at`,
  meetingRequestsAnswered: `SELECT * FROM meeting_requests WHERE responded_by = $1 ORDER BY created_at`,
  meetings: `SELECT m.* FROM meetings m JOIN meeting_participants p ON p.meeting_id = m.id
              WHERE p.user_id = $1 ORDER BY m.created_at`,
  meetingsCancelled: `SELECT id, cancelled_at, cancel_reason FROM meetings WHERE cancelled_by = $1 ORDER BY cancelled_at`,
  meetingReschedulesProposed: `SELECT id, meeting_id, proposed_slots, message, status, answered_at, created_at
                                 FROM meeting_reschedules WHERE proposed_by = $1 ORDER BY created_at`,
  meetingReschedulesAnswered: `SELECT id, meeting_id, proposed_slots, status, answered_at
                                 FROM meeting_reschedules WHERE answered_by = $1 ORDER BY answered_at`,
  meetingOutcomesRecorded: `SELECT * FROM meeting_outcomes WHERE recorded_by = $1`,
  eventRegistrations: `SELECT * FROM event_registrations WHERE user_id = $1 ORDER BY created_at`,
  notifications: `SELECT * FROM notifications WHERE user_id = $1 ORDER BY created_at`,
  emails: `SELECT to_address, kind, subject, status, created_at, sent_at FROM sent_emails
            WHERE user_id = $1 ORDER BY created_at`,
  suggestionsDismissed: `SELECT partner_id, reason, dismissed_at FROM suggestion_dismissals WHERE dismissed_by = $1`,
};
