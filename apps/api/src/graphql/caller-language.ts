import type { ViewerService } from '@app/auth';
import { requestLocale, type Locale, type PasserelleRequest } from '@app/common';

/**
 * The caller's language for a refusal made before any resolver ran, so before the guard read the
 * bearer token: the signed-in person's own language, else Accept-Language. The token is read as
 * the guard would read it (once per request); unreadable, or PostgreSQL down, Accept-Language.
 */
export async function callerLanguage(
  viewers: ViewerService,
  req: PasserelleRequest | undefined,
): Promise<Locale> {
  if (req) await viewers.ofRequest(req).catch(() => undefined);
  return requestLocale(req);
}
