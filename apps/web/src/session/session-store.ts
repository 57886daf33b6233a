import { print } from 'graphql';
import { graphql } from '../graphql/generated';
import { isLocale, localeFromTag, type Locale } from '../i18n/translate';

const TOKEN_KEY = 'passerelle.session';
const LOCALE_KEY = 'passerelle.locale';
/** Renew this long before the access token expires, so no request goes out with a dead one. */
const RENEW_MARGIN_MS = 60_000;

const REFRESH_SESSION = graphql(`
  mutation RefreshSession($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      accessToken
      expiresIn
      refreshToken
    }
  }
`);

export interface Tokens {
  accessToken: string;
  expiresIn: number;
  refreshToken: string;
}

interface StoredSession {
  token: string;
  expiresAt: number;
  refreshToken: string;
}

type Listener = () => void;

function readSession(): StoredSession | null {
  try {
    const stored = JSON.parse(localStorage.getItem(TOKEN_KEY) ?? 'null') as StoredSession | null;
    return stored && typeof stored.token === 'string' && typeof stored.refreshToken === 'string'
      ? stored
      : null;
  } catch {
    return null;
  }
}

/**
 * The session (short-lived access token and the refresh token that renews it) and the language
 * chosen before signing in, kept in localStorage so that a reload or a second tab stays signed
 * in. The access token is renewed a minute before it expires; each refresh token works once.
 */
class SessionStore {
  private listeners = new Set<Listener>();
  private current = readSession();
  private expiredFlag = false;
  private renewing: Promise<string | null> | null = null;

  constructor() {
    // Another tab renewed or ended the session: use its tokens rather than a spent refresh token.
    window.addEventListener('storage', (event) => {
      if (event.key !== TOKEN_KEY) return;
      this.current = readSession();
      this.emit();
    });
  }

  /** True while a session is kept (its access token may need renewing). */
  signedIn(): boolean {
    return this.current !== null;
  }

  /** An access token good for at least a minute, renewed first when needed; null when signed out. */
  async freshToken(): Promise<string | null> {
    if (!this.current) return null;
    if (this.current.expiresAt - Date.now() > RENEW_MARGIN_MS) return this.current.token;
    return this.renewedToken();
  }

  /** A new access token now, whatever the current one's age; null when the session has ended. */
  async renewedToken(): Promise<string | null> {
    if (!this.current) return null;
    this.renewing ??= this.renew().finally(() => (this.renewing = null));
    return this.renewing;
  }

  /** The refresh token, to end the session on the server when signing out. */
  refreshToken(): string | null {
    return this.current?.refreshToken ?? null;
  }

  /** True once a session ended on its own (expired or revoked), until the next sign-in. */
  expired(): boolean {
    return this.expiredFlag;
  }

  save(tokens: Tokens): void {
    this.current = {
      token: tokens.accessToken,
      expiresAt: Date.now() + tokens.expiresIn * 1000,
      refreshToken: tokens.refreshToken,
    };
    this.expiredFlag = false;
    localStorage.setItem(TOKEN_KEY, JSON.stringify(this.current));
    this.emit();
  }

  clear(): void {
    this.current = null;
    localStorage.removeItem(TOKEN_KEY);
    this.emit();
  }

  expire(): void {
    if (!this.current) return;
    this.expiredFlag = true;
    this.clear();
  }

  /** The language for pages before signing in: the last one chosen, else the browser's, else French. */
  preferredLocale(): Locale {
    const stored = localStorage.getItem(LOCALE_KEY);
    if (isLocale(stored)) return stored;
    for (const tag of navigator.languages ?? [navigator.language]) {
      const locale = localeFromTag(tag);
      if (locale) return locale;
    }
    return 'fr';
  }

  setPreferredLocale(locale: Locale): void {
    localStorage.setItem(LOCALE_KEY, locale);
    this.emit();
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private async renew(): Promise<string | null> {
    const refreshToken = this.current?.refreshToken;
    if (!refreshToken) return null;
    try {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: print(REFRESH_SESSION), variables: { refreshToken } }),
      });
      const body = (await response.json()) as { data?: { refreshSession: Tokens } };
      if (!body.data) {
        this.expire();
        return null;
      }
      this.save(body.data.refreshSession);
      return body.data.refreshSession.accessToken;
    } catch {
      // Offline for a moment: keep the session and let the request fail as network trouble.
      return this.current?.token ?? null;
    }
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

export const sessionStore = new SessionStore();
