import type { Request } from 'express';
import { localeFromAcceptLanguage, type Locale } from '../i18n/locale.js';
import type { RequestLoaders } from '../loaders/request-loaders.js';

/** Who is calling, as the auth guard resolved it. */
export interface Viewer {
  userId: string;
  role: 'MEMBER' | 'COMPANY_ADMIN' | 'STAFF' | 'ADMIN';
  companyId: string | null;
  association: string | null;
  locale: Locale;
  /**
   * The generations of cached data (table cache_generations) read with the signed-in person, at
   * the start of the request: what the request's answers must be at least as new as.
   */
  asOf?: Readonly<Record<string, number>>;
}

export interface PasserelleRequest extends Request {
  viewer?: Viewer;
  /** Set once the bearer token was checked, so that several root fields check it once. */
  viewerChecked?: boolean;
  locale?: Locale;
  /** Set while the answer may be kept (KeptAnswer): what sending it again must still do. */
  answerEffects?: (() => void)[];
}

/** The GraphQL context: the HTTP request, or for subscriptions the socket's resolved viewer. */
export interface GraphqlContext {
  req: PasserelleRequest;
  /** The request's DataLoaders, by loader class (libs/common/src/loaders). */
  loaders: RequestLoaders;
}

/** The caller's language: the signed-in user's stored locale, else Accept-Language, else en. */
export function requestLocale(req: PasserelleRequest | undefined): Locale {
  if (!req) return 'en';
  if (req.viewer) return req.viewer.locale;
  if (!req.locale) req.locale = localeFromAcceptLanguage(req.headers?.['accept-language']) ?? 'en';
  return req.locale;
}
