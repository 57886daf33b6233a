import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { NewUser } from '@app/auth';
import { TokenService } from '../../libs/auth/src/token.service.js';
import { Clock } from '@app/meetings';
import { createUser, importCompanies, sampleDocument } from '../support/fixtures.js';
import type { GraphqlResponse, TestApp } from '../support/test-app.js';

/** Monday 2 December 2030, 12:00 in Montréal: every meetings test starts here. */
export const T0 = new Date('2030-12-02T17:00:00Z');
const HOUR = 3_600_000;

/** An instant `hours` after T0 (fractions allowed). */
export function after(hours: number): string {
  return new Date(T0.getTime() + hours * HOUR).toISOString();
}

export function range(fromHours: number, toHours: number): { start: string; end: string } {
  return { start: after(fromHours), end: after(toHours) };
}

export interface Person {
  id: string;
  token: string;
  email: string;
  name: string;
  companyId: string | null;
}

/**
 * The clock every meetings service and job reads, moved by hand: `set` to an instant, `advance`
 * by hours. Applies to the API and to each worker context given.
 */
export class TestClock {
  private current: Date;

  constructor(
    private readonly contexts: INestApplicationContext[],
    start: Date,
  ) {
    this.current = start;
    for (const context of contexts) this.attach(context);
  }

  attach(context: INestApplicationContext): void {
    context.get(Clock, { strict: false }).now = () => new Date(this.current);
  }

  set(instant: Date | string): void {
    this.current = new Date(instant);
  }

  advance(hours: number): void {
    this.current = new Date(this.current.getTime() + hours * HOUR);
  }

  now(): Date {
    return new Date(this.current);
  }
}

/** Signs a person in without the password round trip: hashing 200 passwords would dwarf the test. */
export async function person(t: TestApp, user: Omit<NewUser, 'password'>): Promise<Person> {
  const id = await createUser(t, user);
  const token = t.app.get(TokenService).issueAccessToken(id, 0);
  return { id, token, email: user.email, name: user.name, companyId: user.companyId ?? null };
}

export interface MeetingWorld {
  ids: Map<string, string>;
  /** Néovasc (QC): Julie (admin, fr) and Marc (member, fr). */
  julie: Person;
  marc: Person;
  /** Lakeshore (ON): Ann (admin, en) and Raj (member, en). */
  ann: Person;
  raj: Person;
  /** Northern Light (ON), a third company: Nora (admin, en). */
  nora: Person;
  /** Cardiowave (ON) has not opted in to matchmaking. */
  cardio: Person;
  staff: Person;
}

export async function meetingWorld(t: TestApp): Promise<MeetingWorld> {
  const ids = await importCompanies(t, sampleDocument());
  const make = (
    email: string,
    name: string,
    externalId: string | null,
    role: NewUser['role'],
    locale: 'fr' | 'en',
  ) =>
    person(t, {
      email,
      name,
      role,
      locale,
      companyId: externalId ? ids.get(externalId) : null,
      association: externalId ? null : 'BIOQUEBEC',
      timeZone: 'America/Toronto',
    });
  return {
    ids,
    julie: await make('julie@neovasc.test', 'Julie Tremblay', 'BQ-1042', 'COMPANY_ADMIN', 'fr'),
    marc: await make('marc@neovasc.test', 'Marc Gagnon', 'BQ-1042', 'MEMBER', 'fr'),
    ann: await make('ann@lakeshore.test', 'Ann Lee', 'LSO-0310', 'COMPANY_ADMIN', 'en'),
    raj: await make('raj@lakeshore.test', 'Raj Patel', 'LSO-0310', 'MEMBER', 'en'),
    nora: await make('nora@northernlight.test', 'Nora Hill', 'LSO-0877', 'COMPANY_ADMIN', 'en'),
    cardio: await make('cardio@cardiowave.test', 'Carl Dio', 'LSO-0450', 'COMPANY_ADMIN', 'en'),
    staff: await make('staff@bioquebec.test', 'Sophie', null, 'STAFF', 'fr'),
  };
}

export const REQUEST_FIELDS = `id status message location createdAt expiresAt reason direction
  fromCompany { id name } toCompany { id name } requester { id name }
  proposedSlots { start end } meeting { id start end status }`;

export const REQUEST_MEETING = `mutation($to: ID!, $event: ID, $message: String, $slots: [TimeRangeInput!], $location: String) {
  requestMeeting(toCompanyId: $to, eventId: $event, message: $message, proposedSlots: $slots, location: $location) {
    ${REQUEST_FIELDS} } }`;

export const RESPOND = `mutation($id: ID!, $accept: Boolean!, $slot: TimeRangeInput, $reason: String) {
  respondToMeetingRequest(id: $id, accept: $accept, slot: $slot, reason: $reason) { ${REQUEST_FIELDS} } }`;

export interface RequestNode {
  id: string;
  status: string;
  reason: string | null;
  direction: string | null;
  proposedSlots: { start: string; end: string }[];
  meeting: { id: string; start: string; end: string; status: string } | null;
  fromCompany: { id: string; name: string };
  toCompany: { id: string; name: string };
}

/** Asks for a meeting and fails the test with the errors when refused. */
export async function requestMeeting(
  t: TestApp,
  from: Person,
  to: string,
  slots: { start: string; end: string }[],
  extra: Record<string, unknown> = {},
): Promise<RequestNode> {
  const response = await t.gql<{ requestMeeting: RequestNode }>(
    REQUEST_MEETING,
    { to, slots, ...extra },
    { token: from.token },
  );
  if (!response.data) throw new Error(`requestMeeting refused: ${JSON.stringify(response.errors)}`);
  return response.data.requestMeeting;
}

export async function respond(
  t: TestApp,
  by: Person,
  id: string,
  variables: Record<string, unknown> = {},
): Promise<GraphqlResponse<{ respondToMeetingRequest: RequestNode }>> {
  return t.gql<{ respondToMeetingRequest: RequestNode }>(
    RESPOND,
    { id, accept: true, ...variables },
    { token: by.token },
  );
}

export function db(t: TestApp): DataSource {
  return t.app.get(DataSource);
}

/** The in-app notifications of a person, newest first, as rendered for them. */
export async function notificationsOf(t: TestApp, who: Person): Promise<{ kind: string; message: string }[]> {
  const response = await t.gql<{ notifications: { edges: { node: { kind: string; message: string } }[] } }>(
    `{ notifications(first: 50) { edges { node { kind message } } } }`,
    {},
    { token: who.token },
  );
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.notifications.edges.map((e) => e.node);
}

export const MEETING_FIELDS = `id start end status location table cancelReason icsUrl
  participants { id name email } companies { id name } request { id status }`;

export interface MeetingNode {
  id: string;
  start: string;
  end: string;
  status: string;
  icsUrl: string;
  cancelReason: string | null;
  participants: { id: string; name: string; email: string }[];
  companies: { id: string; name: string }[];
}

/** The meetings a person sees, optionally within a time window. */
export async function meetingsOf(t: TestApp, token: string, variables: Record<string, unknown> = {}) {
  const response = await t.gql<{ meetings: MeetingNode[] }>(
    `query($from: DateTime, $to: DateTime) { meetings(from: $from, to: $to) { ${MEETING_FIELDS} } }`,
    variables,
    { token },
  );
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.meetings;
}

/** A calendar link fetched as a calendar application would. */
export async function fetchIcs(t: TestApp, url: string) {
  const response = await t.http().get(new URL(url).pathname);
  return { status: response.status, type: response.headers['content-type'], text: response.text };
}
