// `npm run screenshots`: the main pages of the web app in French and English, as PNG files in
// docs/screenshots/. Builds when needed, starts the API and the worker on a fresh demo database
// (or uses SCREENSHOT_URL when a server with the demo data already runs), then drives Debian's
// Chromium through the pages as the demo members and staff.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { chromium } from 'playwright-core';
import { ensureBuild } from './ensure-build.mjs';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'docs', 'screenshots');
const PASSWORD = 'Passerelle-Demo-2026';
const PORT = Number(process.env.SCREENSHOT_PORT ?? 3199);
const SERVER = process.env.SCREENSHOT_URL;
const DATABASE = 'passerelle_screenshots';
const POSTGRES = process.env.TEST_DATABASE_SERVER ?? 'postgres://postgres@127.0.0.1:5432';

/** Lists that grow with the demo data: shown as the first screenful. */
const LONG_PAGES = new Set(['suggestions', 'directory', 'staff-company-matches', 'staff-companies']);

const PEOPLE = {
  fr: { member: 'admin@quebec.demo', staff: 'personnel@bioquebec.demo' },
  en: { member: 'admin@ontario.demo', staff: 'staff@lso.demo' },
};

async function freshDatabase() {
  const client = new pg.Client({ connectionString: `${POSTGRES}/postgres` });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`);
  await client.query(`CREATE DATABASE "${DATABASE}"`);
  await client.end();
}

function startServer() {
  const env = {
    ...process.env,
    NODE_ENV: 'development',
    PORT: String(PORT),
    DATABASE_URL: `${POSTGRES}/${DATABASE}`,
    SEED_DEMO: 'true',
    QUEUE_PREFIX: 'screenshots',
    LOG_LEVEL: 'warn',
  };
  return ['api', 'worker'].map((app) =>
    spawn(process.execPath, [`dist/apps/${app}/src/main.js`], {
      cwd: root,
      env,
      stdio: ['ignore', 'inherit', 'inherit'],
    }),
  );
}

async function waitFor(check, what, seconds = 180) {
  for (let i = 0; i < seconds; i += 1) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function gql(base, query, variables = {}, token) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

/** Waits until the worker has scored the demo companies, so the feed is not empty. */
async function waitForSuggestions(base) {
  const login = await gql(
    base,
    `mutation { login(email: "${PEOPLE.fr.member}", password: "${PASSWORD}") { accessToken } }`,
  );
  const token = login.data.login.accessToken;
  await waitFor(async () => {
    const feed = await gql(base, '{ suggestedConnections(first: 1) { totalCount } }', {}, token);
    return feed.errors ? true : feed.data.suggestedConnections.totalCount > 0;
  }, 'suggestions');
}

async function signedIn(base, email) {
  const result = await gql(
    base,
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
    {
      e: email,
      p: PASSWORD,
    },
  );
  return result.data.login.accessToken;
}

/** A day next week at a time of Toronto's wall clock, as an ISO instant (EST/EDT handled by the API's zone). */
function nextWeek(dayOffset, hour) {
  const day = new Date(Date.now() + (7 + dayOffset) * 24 * 3600 * 1000);
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day.setUTCDate(day.getUTCDate() + 1);
  const probe = new Date(`${day.toISOString().slice(0, 10)}T12:00:00Z`);
  const torontoNoon = Number(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: 'America/Toronto',
      hour: 'numeric',
      hourCycle: 'h23',
    }).format(probe),
  );
  return new Date(probe.getTime() + (hour - torontoNoon) * 3600 * 1000).toISOString();
}

const slot = (dayOffset, hour) => ({
  start: nextWeek(dayOffset, hour),
  end: new Date(new Date(nextWeek(dayOffset, hour)).getTime() + 30 * 60000).toISOString(),
});

/**
 * What members do in a first week, through the API as they would: requests both ways, one
 * accepted (so both have a meeting), and a joint event from staff. Errors (a second run against
 * the same server) are ignored: the pages then show what is already there.
 */
async function seedActivity(base) {
  const quebec = await signedIn(base, PEOPLE.fr.member);
  const ontario = await signedIn(base, PEOPLE.en.member);
  const staff = await signedIn(base, PEOPLE.en.staff);
  const companyOf = async (token) =>
    (await gql(base, '{ me { company { id } } }', {}, token)).data.me.company.id;
  const request = `mutation($to: ID!, $m: String, $s: [TimeRangeInput!]) {
    requestMeeting(toCompanyId: $to, message: $m, proposedSlots: $s) { id } }`;
  const events = await gql(base, '{ events { titleEn: title } }', {}, staff);
  const seeded = events.data?.events.some((e) => e.titleEn.includes('Partnering Summit'));
  const created = seeded
    ? null
    : await gql(
        base,
        `mutation($i: EventInput!) { createEvent(input: $i) { id } }`,
        {
          i: {
            titleFr: 'Rendez-vous du partenariat Québec–Ontario 2027',
            titleEn: 'Québec–Ontario Partnering Summit 2027',
            descriptionFr:
              'Une journée de rencontres d’affaires entre les membres de BIOQuébec et de Life Sciences Ontario.',
            descriptionEn:
              'A day of one-on-one meetings between BIOQuébec and Life Sciences Ontario members.',
            startsAt: nextWeek(21, 9),
            endsAt: nextWeek(21, 17),
            timeZone: 'America/Toronto',
            venue: 'Centre des congrès d’Ottawa',
            province: 'ON',
            organizers: ['BIOQUEBEC', 'LSO'],
            capacity: 200,
            memberPriceCents: 24900,
            partnerMemberPriceCents: 29900,
            nonMemberPriceCents: 49900,
            tables: 20,
          },
        },
        staff,
      );
  await meetAtTheEvent(base, { quebec, ontario }, created?.data?.createEvent.id, companyOf);
  const sent = await gql(
    base,
    request,
    {
      to: await companyOf(ontario),
      m: 'Bonjour! Nous aimerions discuter d’un partenariat de licence pour votre actif en phase II.',
      s: [slot(0, 10), slot(1, 14)],
    },
    quebec,
  );
  const id = sent.data?.requestMeeting.id;
  if (id) {
    await gql(
      base,
      'mutation($id: ID!, $s: TimeRangeInput) { respondToMeetingRequest(id: $id, accept: true, slot: $s) { id } }',
      { id, s: slot(0, 10) },
      ontario,
    );
  }
  await gql(
    base,
    request,
    {
      to: await companyOf(quebec),
      m: 'Hello! We would like to learn more about your manufacturing capacity for our Phase I program.',
      s: [slot(2, 11), slot(3, 15)],
    },
    ontario,
  );
}

/** Both demo companies register and agree to meet at the event, so the scheduler has work. */
async function meetAtTheEvent(base, { quebec, ontario }, eventId, companyOf) {
  if (!eventId) return;
  for (const token of [quebec, ontario]) {
    await gql(base, 'mutation($e: ID!) { registerForEvent(eventId: $e) { id } }', { e: eventId }, token);
  }
  const asked = await gql(
    base,
    'mutation($to: ID!, $e: ID!, $m: String) { requestMeeting(toCompanyId: $to, eventId: $e, message: $m) { id } }',
    { to: await companyOf(ontario), e: eventId, m: 'Rencontrons-nous au Rendez-vous du partenariat !' },
    quebec,
  );
  const id = asked.data?.requestMeeting.id;
  if (id)
    await gql(
      base,
      'mutation($id: ID!) { respondToMeetingRequest(id: $id, accept: true) { id } }',
      { id },
      ontario,
    );
}

async function shoot(
  browser,
  base,
  locale,
  email,
  pages,
  viewport = { width: 1280, height: 860 },
  suffix = '',
) {
  const context = await browser.newContext({
    baseURL: base,
    locale: `${locale}-CA`,
    viewport,
    timezoneId: 'America/Toronto',
    // Only so that the sticky save bar of long forms can be unstuck for a full-page picture.
    bypassCSP: true,
  });
  const page = await context.newPage();
  await page.goto('/sign-in');
  if (!suffix) await page.screenshot({ path: join(out, `sign-in-${locale}.png`) });
  await page.locator('input[type="email"]').fill(email);
  await page.locator('input[type="password"]').fill(PASSWORD);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  const current = await page.locator('html').getAttribute('lang');
  if (!current.startsWith(locale))
    await page.getByRole('button', { name: locale === 'fr' ? 'Français' : 'English' }).click();
  for (const [name, path, prepare] of pages) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    await page
      .locator('.skeleton, .page-loading')
      .first()
      .waitFor({ state: 'detached', timeout: 15000 })
      .catch(() => {});
    if (prepare) await prepare(page);
    await page.addStyleTag({ content: '.form-footer, .topbar { position: static !important; }' });
    await page.screenshot({
      path: join(out, `${name}-${locale}${suffix}.png`),
      fullPage: !suffix && !LONG_PAGES.has(name),
    });
    process.stdout.write(`  ${name}-${locale}${suffix}.png\n`);
  }
  await context.close();
}

async function firstPartner(page) {
  await page.goto('/suggestions');
  const link = page.locator('.suggestion h3 a').first();
  await link.waitFor({ timeout: 15000 }).catch(() => {});
  return (await link.count()) ? link.getAttribute('href') : null;
}

async function main() {
  mkdirSync(out, { recursive: true });
  let children = [];
  let base = SERVER;
  if (!base) {
    ensureBuild();
    await freshDatabase();
    children = startServer();
    base = `http://127.0.0.1:${PORT}`;
  }
  try {
    await waitFor(async () => (await fetch(`${base}/health/ready`)).ok, 'the API');
    await waitForSuggestions(base);
    await seedActivity(base);
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    for (const locale of ['fr', 'en']) {
      const openPartner = async (page) => {
        const href = await firstPartner(page);
        if (href) await page.goto(href);
        await page.waitForLoadState('networkidle');
      };
      const openRequest = async (page) => {
        await page
          .getByRole('button', { name: locale === 'fr' ? 'Demander une rencontre' : 'Request a meeting' })
          .first()
          .click();
        await page.locator('dialog').waitFor();
      };
      await shoot(browser, base, locale, PEOPLE[locale].member, [
        ['suggestions', '/suggestions'],
        ['request-meeting', '/suggestions', openRequest],
        ['partner-profile', '/suggestions', openPartner],
        ['directory', '/companies'],
        ['missions', '/missions'],
        ['account', '/account'],
        ['requests', '/requests'],
        ['meetings', '/meetings'],
        ['profile-edit', '/profile'],
        ['events', '/events'],
        ['settings', '/settings'],
        ['notifications', '/notifications'],
      ]);
      await shoot(
        browser,
        base,
        locale,
        PEOPLE[locale].member,
        [['suggestions', '/suggestions']],
        { width: 390, height: 844 },
        '-phone',
      );
      const openCompany = async (page) => {
        await page.locator('table tbody th a').first().click();
        await page
          .locator('.suggestion')
          .first()
          .waitFor({ timeout: 15000 })
          .catch(() => {});
      };
      const openCuration = async (page) => {
        await page.locator('.card-title a').first().click();
        await page
          .getByRole('link', { name: locale === 'fr' ? 'Gérer le maillage' : 'Manage partnering' })
          .click();
        await page
          .getByRole('button', {
            name: locale === 'fr' ? 'Calculer un horaire (essai)' : 'Compute a schedule (trial)',
          })
          .click();
        await page
          .locator('.schedule-grid, .state-empty, .notice-error')
          .first()
          .waitFor({ timeout: 30000 })
          .catch(() => {});
      };
      await shoot(browser, base, locale, PEOPLE[locale].staff, [
        ['staff-companies', '/staff/companies'],
        ['staff-company-matches', '/staff/companies', openCompany],
        ['staff-event-curation', '/events', openCuration],
        ['staff-import', '/staff/import'],
        ['staff-matching', '/staff/matching'],
        ['staff-events', '/staff/events'],
        ['staff-reports', '/staff/reports'],
      ]);
    }
    await browser.close();
  } finally {
    for (const child of children) child.kill('SIGTERM');
  }
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
