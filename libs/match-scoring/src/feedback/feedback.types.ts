// What members did with their suggestions, and the model learned from it.

/** One thing a member's company did about a partner. */
export type FeedbackSignal =
  | 'DISMISSED'
  | 'REQUEST_SENT'
  | 'REQUEST_ACCEPTED'
  | 'REQUEST_DECLINED'
  | 'MEETING_USEFUL'
  | 'MEETING_NOT_USEFUL';

export interface FeedbackEvent {
  /** The company that acted: the event tells what this company wants. */
  companyId: string;
  partnerId: string;
  signal: FeedbackSignal;
  /**
   * A stable code chosen from a list: a dismissal's reason (NOT_RELEVANT, ALREADY_IN_CONTACT,
   * NOT_NOW, OTHER) or where a meeting led (PARTNERSHIP_DISCUSSED, FOLLOW_UP_PLANNED, NO_SHOW).
   */
  reasonCode?: string | null;
  /** The company's own free text (a dismissal's "other" detail, a meeting note): used for its own feed only. */
  note?: string | null;
}

/** Learned weights by partner attribute key (`sector:cro`, `offer:clinical_trial_services`, `area:oncology`, `modality:antibody`). */
export type KeyWeights = Record<string, number>;

/**
 * A learned feedback model. Versions chain: each names the version it was trained after.
 * `global` holds patterns seen across many companies, by the viewer's sector (`*` when it has
 * none); `perCompany` each company's own preferences. Weights are log-odds-like evidence; the
 * multiplier they make is bounded (see FEEDBACK_BOUNDS).
 */
export interface FeedbackModel {
  version: number;
  parent: number | null;
  createdAt: string;
  global: Record<string, KeyWeights>;
  perCompany: Record<string, KeyWeights>;
}

/** The bounds of the multiplier a model applies to a pair's scores. */
export const FEEDBACK_BOUNDS = { min: 0.5, max: 1.5 } as const;

/** A model that changes nothing: what runs apply before any feedback. */
export const EMPTY_FEEDBACK_MODEL: FeedbackModel = Object.freeze({
  version: 0,
  parent: null,
  createdAt: '1970-01-01T00:00:00.000Z',
  global: {},
  perCompany: {},
}) as FeedbackModel;
