// What members did through meetings, read from the meeting domain without matching depending on
// it: the meeting domain binds its implementation to this token (MeetingSignalsModule), and the
// worker hands that module to MatchingWorkerModule.withSignalsFrom.

/** What a company did about another through meetings, as a signal of what it wants. */
export interface MemberSignal {
  /** The company that acted: it sent the request, answered it, or judged the meeting. */
  companyId: string;
  partnerId: string;
  kind: 'REQUEST_SENT' | 'REQUEST_ACCEPTED' | 'REQUEST_DECLINED' | 'MEETING_USEFUL' | 'MEETING_NOT_USEFUL';
  /** Where a meeting led, as a stable code: PARTNERSHIP_DISCUSSED, FOLLOW_UP_PLANNED or NO_SHOW. */
  reasonCode: string | null;
  /** The acting company's own words (a decline's reason, its meeting note): for its own use only. */
  note: string | null;
}

export interface MemberSignalsSource {
  all(): Promise<MemberSignal[]>;
}

export const MEMBER_SIGNALS = Symbol('MemberSignalsSource');
