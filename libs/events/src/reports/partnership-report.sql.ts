/**
 * The partnership report's facts, one row per thing counted, each dated and attributed to one
 * company: cross-border suggestions shown (from the feed's daily impressions), requests sent,
 * meetings held (scheduled and over), and the outcomes each company recorded (follow-up,
 * partnership discussed, the other side did not come). Facts are read in
 * the associations' zone ($3) between dates $1 and $2, then grouped by month or by event.
 * Other domains' rows come from the read models they publish, never their tables: matching's
 * `suggestions_shown`, meetings' `sent_requests`, `held_meeting_participants` and
 * `recorded_outcomes`, companies' `company_facts` (provinces and sectors).
 */
const FACTS = `
  impressions AS (
    SELECT i.company_id, i.partner_id, i.day, i.shown
      FROM suggestions_shown i
      JOIN company_facts a ON a.id = i.company_id
      JOIN company_facts b ON b.id = i.partner_id
     WHERE a.province <> b.province AND i.day BETWEEN $1::date AND $2::date),
  requests AS (
    SELECT r.id, r.company_id, r.event_id, (r.created_at AT TIME ZONE $3)::date AS day,
           a.province <> b.province AS cross_border
      FROM sent_requests r
      JOIN company_facts a ON a.id = r.company_id
      JOIN company_facts b ON b.id = r.partner_id
     WHERE (r.created_at AT TIME ZONE $3)::date BETWEEN $1::date AND $2::date),
  held AS (
    SELECT h.meeting_id AS id, h.company_id, h.event_id, (h.starts_at AT TIME ZONE $3)::date AS day,
           EXISTS (SELECT 1 FROM held_meeting_participants q JOIN company_facts qc ON qc.id = q.company_id
                    WHERE q.meeting_id = h.meeting_id AND qc.province <> pc.province) AS cross_border
      FROM held_meeting_participants h
      JOIN company_facts pc ON pc.id = h.company_id
     WHERE (h.starts_at AT TIME ZONE $3)::date BETWEEN $1::date AND $2::date),
  outcomes AS (
    SELECT o.meeting_id, o.company_id, o.event_id, (o.starts_at AT TIME ZONE $3)::date AS day,
           o.follow_up_planned, o.partnership_discussed, o.no_show
      FROM recorded_outcomes o
     WHERE (o.starts_at AT TIME ZONE $3)::date BETWEEN $1::date AND $2::date),
  base AS (
    SELECT company_id, NULL::uuid AS event_id, day, 'shown' AS kind,
           company_id::text || partner_id::text || day::text AS ref, shown AS weight FROM impressions
    UNION ALL SELECT company_id, event_id, day, 'request', id::text, 1 FROM requests
    UNION ALL SELECT company_id, event_id, day, 'request_xb', id::text, 1 FROM requests WHERE cross_border
    UNION ALL SELECT company_id, event_id, day, 'held', id::text, 1 FROM held
    UNION ALL SELECT company_id, event_id, day, 'held_xb', id::text, 1 FROM held WHERE cross_border
    UNION ALL SELECT company_id, event_id, day, 'follow_up', meeting_id::text || company_id::text, 1
                FROM outcomes WHERE follow_up_planned
    UNION ALL SELECT company_id, event_id, day, 'partnership', meeting_id::text || company_id::text, 1
                FROM outcomes WHERE partnership_discussed
    UNION ALL SELECT company_id, event_id, day, 'no_show', meeting_id::text || company_id::text, 1
                FROM outcomes WHERE no_show),
  -- Per event, suggestions count when both companies were confirmed attendees, up to the event's end.
  event_impressions AS (
    SELECT i.company_id, e.id AS event_id, i.day, 'shown' AS kind,
           i.company_id::text || i.partner_id::text || i.day::text AS ref, i.shown AS weight
      FROM impressions i
      JOIN events e ON i.day <= (e.ends_at AT TIME ZONE $3)::date
       AND EXISTS (SELECT 1 FROM event_registrations r WHERE r.event_id = e.id AND r.company_id = i.company_id AND r.status = 'CONFIRMED')
       AND EXISTS (SELECT 1 FROM event_registrations r WHERE r.event_id = e.id AND r.company_id = i.partner_id AND r.status = 'CONFIRMED')),
  facts AS (
    SELECT 'MONTH' AS dimension, to_char(day, 'YYYY-MM') AS key, company_id, kind, ref, weight FROM base
    UNION ALL
    SELECT 'EVENT', event_id::text, company_id, kind, ref, weight FROM base WHERE event_id IS NOT NULL AND kind <> 'shown'
    UNION ALL
    SELECT 'EVENT', event_id::text, company_id, kind, ref, weight FROM event_impressions)`;

const MEASURES = `
  coalesce(sum(f.weight) FILTER (WHERE f.kind = 'shown'), 0)::int AS suggestions_shown,
  count(DISTINCT f.ref) FILTER (WHERE f.kind = 'request')::int AS requests,
  count(DISTINCT f.ref) FILTER (WHERE f.kind = 'request_xb')::int AS cross_border_requests,
  count(DISTINCT f.ref) FILTER (WHERE f.kind = 'held')::int AS meetings_held,
  count(DISTINCT f.ref) FILTER (WHERE f.kind = 'held_xb')::int AS cross_border_meetings_held,
  count(DISTINCT f.ref) FILTER (WHERE f.kind = 'follow_up')::int AS follow_ups,
  count(DISTINCT f.ref) FILTER (WHERE f.kind = 'partnership')::int AS partnerships_discussed,
  count(DISTINCT f.ref) FILTER (WHERE f.kind = 'no_show')::int AS no_shows`;

/** Per month or event, each province and sector (a company counts in each of its sectors). */
export const REPORT_BY_GROUP_SQL = `
  WITH ${FACTS}
  SELECT f.dimension, f.key, c.province, s.sector, ${MEASURES}
    FROM facts f
    JOIN company_facts c ON c.id = f.company_id
   CROSS JOIN LATERAL unnest(CASE WHEN cardinality(c.sectors) > 0 THEN c.sectors ELSE ARRAY[NULL::text] END) AS s(sector)
   GROUP BY f.dimension, f.key, c.province, s.sector
   ORDER BY f.dimension, f.key, c.province, s.sector NULLS LAST`;

/** Per month or event, all companies together: nothing counted twice. */
export const REPORT_TOTALS_SQL = `
  WITH ${FACTS}
  SELECT f.dimension, f.key, NULL AS province, NULL AS sector, ${MEASURES}
    FROM facts f
   GROUP BY f.dimension, f.key
   ORDER BY f.dimension, f.key`;

/** Per month and province, each company once (the lines above count it in each of its sectors). */
export const REPORT_BY_PROVINCE_SQL = `
  WITH ${FACTS}
  SELECT f.dimension, f.key, c.province, NULL AS sector, ${MEASURES}
    FROM facts f
    JOIN company_facts c ON c.id = f.company_id
   WHERE f.dimension = 'MONTH'
   GROUP BY f.dimension, f.key, c.province
   ORDER BY f.dimension, f.key, c.province`;
