/**
 * The one password rule, for every way of choosing a password (invitation, reset, change, the
 * command line) and for the web app's hints, which import this file directly: it imports nothing,
 * so the browser bundle takes no server code with it.
 */
export const PASSWORD_MIN_LENGTH = 10;

export function isAcceptablePassword(password: string): boolean {
  return password.length >= PASSWORD_MIN_LENGTH && /[A-Za-z]/.test(password) && /[^A-Za-z]/.test(password);
}

/** What the rule asks, as the field error reads after the field's name. */
export const PASSWORD_RULE_TEXT = {
  fr: `doit compter au moins ${PASSWORD_MIN_LENGTH} caractères, dont des lettres et des chiffres ou symboles.`,
  en: `must be at least ${PASSWORD_MIN_LENGTH} characters, with letters and digits or symbols.`,
};
