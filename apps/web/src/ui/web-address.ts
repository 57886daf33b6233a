/** A word that is a web address the browser may open: http or https only (never javascript:, data:…). */
export function webAddress(word: string): string | null {
  if (!/^https?:\/\//i.test(word)) return null;
  try {
    const url = new URL(word);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
