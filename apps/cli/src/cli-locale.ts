import type { Locale } from '@app/common';

/** Operators read problems in French when their shell is French (LANG=fr_CA.UTF-8), else English. */
export function cliLocale(env: NodeJS.ProcessEnv = process.env): Locale {
  const setting = env.PASSERELLE_LOCALE ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? '';
  return setting.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
