import { sessionStore } from '../session/session-store';

/**
 * Downloads a staff file (CSV, ICS) that the API serves under /admin with the same bearer token
 * as GraphQL: a plain link cannot send it, so the file is fetched and handed to the browser.
 */
export async function downloadFile(url: string, filename: string): Promise<void> {
  const token = await sessionStore.freshToken();
  const response = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!response.ok) throw new Error(`${response.status}`);
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
