import { futureDay } from '../events/events-fixtures.js';
import type { TestApp } from '../support/test-app.js';

export const MISSION_FIELDS = `id title description organizer hostProvince city startsAt endsAt timeZone applicationDeadline
  delegationSize meetingMinutes meetingsPerDelegate dailyStart dailyEnd sectors { code label } status applicationsCount`;
export const APPLICATION_FIELDS = `id role objectives status marketFit strongMatches createdAt company { id name }`;

/** A two-day mission of BIOQUÉBEC to Toronto, 40 days on; its call closes in 20 days. */
export function missionInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const first = futureDay(40);
  const second = futureDay(41);
  return {
    titleFr: 'Mission commerciale à Toronto',
    titleEn: 'Trade mission to Toronto',
    descriptionFr: 'Deux jours de rencontres avec le marché ontarien.',
    descriptionEn: 'Two days of meetings with the Ontario market.',
    hostProvince: 'ON',
    city: 'Toronto',
    startsAt: first.startsAt,
    endsAt: second.endsAt,
    timeZone: 'America/Toronto',
    applicationDeadline: futureDay(20).startsAt,
    delegationSize: 3,
    meetingMinutes: 30,
    meetingsPerDelegate: 3,
    dailyStart: '09:00',
    dailyEnd: '12:00',
    sectors: ['biopharma'],
    memberFeeCents: 100_000,
    partnerMemberFeeCents: 150_000,
    nonMemberFeeCents: 250_000,
    ...overrides,
  };
}

export async function createMission(
  t: TestApp,
  token: string,
  overrides: Record<string, unknown> = {},
  open = true,
): Promise<string> {
  const created = await t.gql<{ createTradeMission: { id: string } }>(
    `mutation($input: TradeMissionInput!) { createTradeMission(input: $input) { id } }`,
    { input: missionInput(overrides) },
    { token },
  );
  if (!created.data) throw new Error(`createTradeMission failed: ${JSON.stringify(created.errors)}`);
  const id = created.data.createTradeMission.id;
  if (open) {
    const opened = await t.gql(`mutation($id: ID!) { openTradeMission(id: $id) { id } }`, { id }, { token });
    if (!opened.data) throw new Error(`openTradeMission failed: ${JSON.stringify(opened.errors)}`);
  }
  return id;
}

export async function apply(
  t: TestApp,
  token: string | undefined,
  missionId: string,
  role: 'DELEGATE' | 'HOST',
  objectives = 'Find a partner for our phase II trial.',
) {
  return t.gql<{ applyToTradeMission: { id: string; status: string; role: string } }>(
    `mutation($missionId: ID!, $role: MissionRole!, $objectives: String!) {
       applyToTradeMission(missionId: $missionId, role: $role, objectives: $objectives) { id status role } }`,
    { missionId, role, objectives },
    { token },
  );
}

export async function decide(t: TestApp, token: string, id: string, status: string, note?: string) {
  return t.gql<{ decideMissionApplication: { id: string; status: string } }>(
    `mutation($id: ID!, $status: MissionApplicationStatus!, $note: String) {
       decideMissionApplication(id: $id, status: $status, note: $note) { id status } }`,
    { id, status, note },
    { token },
  );
}
