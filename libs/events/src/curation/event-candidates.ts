import { prepareProfiles, scoreCompanies, type MatchProfile, type MatchReason } from '@app/match-scoring';

/** A pair of attending companies the engine suggests, QC side first; scored among attendees only. */
export interface CandidatePair {
  companyId: string;
  partnerId: string;
  score: number;
  reasons: MatchReason[];
}

/**
 * Scores the event's confirmed attendees against each other (cross-border pairs only, as the
 * engine does): each company's `perCompany` best partners, each pair listed once, best first.
 * Companies that have not consented to matchmaking are left out.
 */
export function scoreAttendees(
  openProfiles: readonly MatchProfile[],
  attendeeIds: ReadonlySet<string>,
  perCompany: number,
  onlyCompanyId?: string,
): CandidatePair[] {
  const profiles = openProfiles.filter((p) => attendeeIds.has(p.id));
  if (profiles.length < 2) return [];
  const province = new Map(profiles.map((p) => [p.id, p.province]));
  const ids = onlyCompanyId
    ? profiles.filter((p) => p.id === onlyCompanyId).map((p) => p.id)
    : profiles.map((p) => p.id);
  if (ids.length === 0) return [];
  const scored = scoreCompanies(prepareProfiles(profiles), ids, perCompany);
  const pairs = new Map<string, CandidatePair>();
  for (const [viewerId, partners] of scored) {
    for (const partner of partners) {
      const [qc, on] =
        province.get(viewerId) === 'QC' ? [viewerId, partner.partnerId] : [partner.partnerId, viewerId];
      const key = `${qc}>${on}`;
      if (!pairs.has(key))
        pairs.set(key, { companyId: qc, partnerId: on, score: partner.score, reasons: partner.reasons });
    }
  }
  return [...pairs.values()].sort(
    (a, b) =>
      b.score - a.score || a.companyId.localeCompare(b.companyId) || a.partnerId.localeCompare(b.partnerId),
  );
}
