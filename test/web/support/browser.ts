import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import {
  createViewer,
  importCompanies,
  sampleDocument,
  SAMPLE_VIEWERS,
  type SampleViewer,
} from '../../support/fixtures.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';

/** Debian's Chromium; never a downloaded browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Builds apps/web/dist when it is missing or older than its sources (a no-op otherwise). */
export function ensureWebBuild(): void {
  const script = new URL('../../../apps/web/scripts/build-web.mjs', import.meta.url).pathname;
  const result = spawnSync(process.execPath, [script], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('the web app did not build');
}

/**
 * Headless Chromium; Playwright gives each launch a fresh, temporary --user-data-dir, and each
 * person of a scenario gets a context of their own (own storage, own session).
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

export async function listen(t: TestApp): Promise<string> {
  await t.app.listen(0, '127.0.0.1');
  const address = t.app.getHttpServer().address() as { port: number };
  return `http://127.0.0.1:${address.port}`;
}

export async function newPerson(
  browser: Browser,
  baseURL: string,
  locale = 'fr-CA',
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL,
    locale,
    timezoneId: 'America/Toronto',
    viewport: { width: 1280, height: 900 },
  });
  // Generous: on a loaded CI machine a page can take many seconds to settle.
  context.setDefaultTimeout(30000);
  const page = await context.newPage();
  return { context, page };
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await page.locator('input[type="email"]').fill(email);
  await page.locator('input[type="password"]').fill(password);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious or critical accessibility violations on the page as it is now (axe-core, WCAG 2.1 AA). */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the page's own Content-Security-Policy stays in force.
  await page.evaluate(axeSource);
  // A string, run in the page (whose globals this Node-typed file does not know).
  const violations: { id: string; impact: string; nodes: { target: string[] }[] }[] = await page.evaluate(
    `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
      .then((result) => result.violations)`,
  );
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export interface BrowserWorld {
  t: TestApp;
  browser: Browser;
  base: string;
}

/** The real app serving the built web files, on a database of its own, and a headless Chromium. */
export async function startBrowserWorld(env: Record<string, string> = {}): Promise<BrowserWorld> {
  ensureWebBuild();
  const t = await startTestApp(env);
  const base = await listen(t);
  const browser = await launchBrowser();
  return { t, browser, base };
}

export async function closeBrowserWorld(world: Partial<BrowserWorld>): Promise<void> {
  await world.browser?.close();
  await world.t?.close();
}

/** Imports the sample companies and creates the named sample viewers in theirs; the companies' ids by external id. */
export async function sampleCompaniesWith(
  t: TestApp,
  ...members: SampleViewer[]
): Promise<Map<string, string>> {
  const ids = await importCompanies(t, sampleDocument());
  for (const who of members) await createViewer(t, SAMPLE_VIEWERS[who], ids);
  return ids;
}
