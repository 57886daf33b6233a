import type { PartnershipReportQuery } from '../../graphql/generated/graphql';

type Report = PartnershipReportQuery['partnershipReport'];
export type MonthLine = Report['byMonth'][number];
type Measure = 'requests' | 'meetingsHeld' | 'crossBorderMeetingsHeld' | 'followUps' | 'noShows';

/** The month's total lines (all companies together), oldest first. */
export const monthTotals = (report: Report): MonthLine[] =>
  report.byMonth.filter((l) => l.province === null).sort((a, b) => a.period.localeCompare(b.period));

export function sum<L extends Partial<Record<Measure, number>>>(lines: L[], measure: Measure): number {
  return lines.reduce((total, line) => total + (line[measure] ?? 0), 0);
}

/** Over the whole period, per group, the chosen measures; largest first. */
function grouped<L extends Partial<Record<Measure, number>>>(
  lines: L[],
  keyOf: (line: L) => { key: string; label: string } | null,
  measures: Measure[],
): { key: string; label: string; values: number[] }[] {
  const groups = new Map<string, { key: string; label: string; values: number[] }>();
  for (const line of lines) {
    const group = keyOf(line);
    if (!group) continue;
    const entry = groups.get(group.key) ?? { ...group, values: measures.map(() => 0) };
    measures.forEach((m, i) => (entry.values[i] += line[m] ?? 0));
    groups.set(group.key, entry);
  }
  return [...groups.values()].sort((a, b) => b.values[0] - a.values[0] || a.label.localeCompare(b.label));
}

/** A company counts in each of its sectors. */
export const bySector = (report: Report, measures: Measure[]) =>
  grouped(
    report.byMonth,
    (l) => (l.province !== null && l.sector ? { key: l.sector.code, label: l.sector.label } : null),
    measures,
  );

export const byProvince = (report: Report, measures: Measure[], label: (province: string) => string) =>
  grouped(
    report.byProvince,
    (l) => (l.province ? { key: l.province, label: label(l.province) } : null),
    measures,
  );

/** Whole percent, or null when there is nothing to divide. */
export const share = (part: number, whole: number): number | null =>
  whole > 0 ? Math.round((part / whole) * 100) : null;
