import { readFile } from 'node:fs/promises';
import { DataSource } from 'typeorm';
import type { Browser, Page } from 'playwright-core';
import { createUser, login, TEST_PASSWORD } from '../support/fixtures.js';
import { startMailCatcher, type MailCatcher } from '../support/mail-catcher.js';
import type { TestApp } from '../support/test-app.js';
import { runFullRescore } from '../matching/run-helpers.js';
import {
  closeBrowserWorld,
  newPerson,
  sampleCompaniesWith,
  seriousViolations,
  signIn,
  startBrowserWorld,
} from './support/browser.js';

const PHONE = { width: 390, height: 844 };

/** Each journey once in French on a desktop, once in English on a phone. */
const VARIANTS = [
  {
    name: 'in French on a desktop',
    locale: 'fr-CA',
    phone: false,
    text: {
      forgot: 'Mot de passe oublié ?',
      email: 'Courriel',
      send: 'Envoyer le lien',
      sent: (email: string) => `Si un compte Passerelle utilise ${email}, un courriel vient de partir`,
      hint: 'Au moins 10 caractères, dont des lettres et des chiffres ou symboles.',
      newPassword: 'Nouveau mot de passe',
      confirm: 'Confirmez le nouveau mot de passe',
      save: 'Enregistrer et me connecter',
      tooWeak: 'doit compter au moins 10 caractères, dont des lettres et des chiffres ou symboles.',
      spent: 'Ce lien de réinitialisation n’est pas valide ou a déjà servi.',
      current: 'Mot de passe actuel',
      change: 'Changer le mot de passe',
      wrongCurrent: 'ne correspond pas à votre mot de passe actuel.',
      changed: 'Mot de passe changé. Vos autres sessions sont fermées.',
      download: 'Télécharger mes données',
      delete: 'Supprimer mon compte',
      deleteForGood: 'Supprimer définitivement',
      deleted: 'Votre compte est supprimé.',
      signInTitle: 'Se connecter à Passerelle',
      myAccount: 'Mon compte',
    },
  },
  {
    name: 'in English on a phone',
    locale: 'en-CA',
    phone: true,
    text: {
      forgot: 'Forgot your password?',
      email: 'Email',
      send: 'Send the link',
      sent: (email: string) => `If a Passerelle account uses ${email}, an email is on its way`,
      hint: 'At least 10 characters, with letters and digits or symbols.',
      newPassword: 'New password',
      confirm: 'Confirm the new password',
      save: 'Save and sign in',
      tooWeak: 'must be at least 10 characters, with letters and digits or symbols.',
      spent: 'This reset link is not valid or has already been used.',
      current: 'Current password',
      change: 'Change the password',
      wrongCurrent: 'is not your current password.',
      changed: 'Password changed. Your other sessions are closed.',
      download: 'Download my data',
      delete: 'Delete my account',
      deleteForGood: 'Delete for good',
      deleted: 'Your account is deleted.',
      signInTitle: 'Sign in to Passerelle',
      myAccount: 'My account',
    },
  },
] as const;

describe('accounts in the web app (Chromium)', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let mail: MailCatcher;
  let ids: Map<string, string>;

  beforeAll(async () => {
    mail = await startMailCatcher();
    ({ t, browser, base } = await startBrowserWorld({ SMTP_URL: mail.url }));
    await t.startWorker();
    ids = await sampleCompaniesWith(t);
  });

  afterAll(async () => {
    await closeBrowserWorld({ t, browser });
    await mail.close();
  });

  const personIn = async (variant: (typeof VARIANTS)[number]) => {
    const person = await newPerson(browser, base, variant.locale);
    if (variant.phone) await person.page.setViewportSize(PHONE);
    return person;
  };
  const member = (email: string, variant: (typeof VARIANTS)[number]) =>
    createUser(t, {
      email,
      name: 'Chloé Martin',
      role: 'MEMBER',
      locale: variant.locale.startsWith('fr') ? 'fr' : 'en',
      companyId: ids.get(variant.locale.startsWith('fr') ? 'BQ-1042' : 'LSO-0310'),
    });
  const fill = async (page: Page, label: string, value: string) =>
    page.getByLabel(label, { exact: true }).fill(value);

  for (const variant of VARIANTS) {
    const x = variant.text;

    it(`resets a forgotten password from the emailed link, once, ${variant.name}`, async () => {
      const email = `forgot-${variant.locale}@account.test`;
      await member(email, variant);
      const { context, page } = await personIn(variant);
      await page.goto('/sign-in');
      await page.getByRole('link', { name: x.forgot }).click();
      await page.waitForURL('**/forgot-password');
      expect(await seriousViolations(page)).toEqual([]);
      await fill(page, x.email, email);
      await page.getByRole('button', { name: x.send }).click();
      await page.getByText(x.sent(email)).waitFor();

      const delivered = await mail.next(email);
      const link = new URL(/https?:\/\/\S+\/reset-password\?token=[\w-]+/.exec(delivered.text)![0]);
      expect(link.pathname).toBe('/reset-password');
      await page.goto(link.pathname + link.search);
      await page.getByText(x.hint).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await fill(page, x.newPassword, 'short1');
      await fill(page, x.confirm, 'short1');
      await page.getByRole('button', { name: x.save }).click();
      await page.getByText(x.tooWeak).waitFor();
      await fill(page, x.newPassword, 'Brand-New-Password-7');
      await fill(page, x.confirm, 'Brand-New-Password-7');
      await page.getByRole('button', { name: x.save }).click();
      await page.waitForURL((url) => !url.pathname.startsWith('/reset-password'));
      await expect(login(t, email, 'Brand-New-Password-7')).resolves.toEqual(expect.any(String));
      await context.close();

      const again = await personIn(variant);
      await again.page.goto(link.pathname + link.search);
      await fill(again.page, x.newPassword, 'Another-Password-8');
      await fill(again.page, x.confirm, 'Another-Password-8');
      await again.page.getByRole('button', { name: x.save }).click();
      await again.page.getByText(x.spent).waitFor();
      await again.context.close();
    });

    it(`says the same thing for an address without an account, ${variant.name}`, async () => {
      const { context, page } = await personIn(variant);
      await page.goto('/forgot-password');
      await fill(page, x.email, 'nobody@account.test');
      await page.getByRole('button', { name: x.send }).click();
      await page.getByText(x.sent('nobody@account.test')).waitFor();
      await context.close();
    });

    it(`changes the password and ends the other sessions, ${variant.name}`, async () => {
      const email = `change-${variant.locale}@account.test`;
      await member(email, variant);
      const elsewhere = await personIn(variant);
      await signIn(elsewhere.page, email, TEST_PASSWORD);
      const { context, page } = await personIn(variant);
      await signIn(page, email, TEST_PASSWORD);
      await page.locator('.user-menu summary').click();
      await page.getByRole('link', { name: x.myAccount }).click();
      await page.getByText(x.hint).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await fill(page, x.current, 'not-my-password-1');
      await fill(page, x.newPassword, 'Changed-Password-9');
      await fill(page, x.confirm, 'Changed-Password-9');
      await page.getByRole('button', { name: x.change }).click();
      await page.getByText(x.wrongCurrent).waitFor();
      await fill(page, x.current, TEST_PASSWORD);
      await page.getByRole('button', { name: x.change }).click();
      await page.getByText(x.changed).waitFor();
      // This session continues; the other one is sent to sign in again.
      await page.reload();
      await page.getByText(x.hint).waitFor();
      await elsewhere.page.goto('/account');
      await elsewhere.page.getByRole('heading', { name: x.signInTitle }).waitFor();
      await expect(login(t, email, 'Changed-Password-9')).resolves.toEqual(expect.any(String));
      await elsewhere.context.close();
      await context.close();
    });

    it(`downloads my data as JSON, then deletes my account after a confirmation, ${variant.name}`, async () => {
      const email = `leaving-${variant.locale}@account.test`;
      await member(email, variant);
      const { context, page } = await personIn(variant);
      await signIn(page, email, TEST_PASSWORD);
      await page.goto('/account');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: x.download }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^passerelle-my-data-\d{4}-\d{2}-\d{2}\.json$/);
      const data = JSON.parse(await readFile((await download.path())!, 'utf8')) as {
        account: { email: string };
      };
      expect(data.account.email).toBe(email);

      await page.getByRole('button', { name: x.delete }).click();
      await page.getByRole('dialog').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByRole('button', { name: x.deleteForGood }).click();
      await page.waitForURL('**/sign-in?notice=deleted');
      await page.getByText(x.deleted).waitFor();
      await expect(login(t, email)).rejects.toThrow();
      await context.close();
    });
  }

  it('lets staff show hidden matches and restore one, in French on a desktop and in English on a phone', async () => {
    await createUser(t, {
      email: 'liam@lso.test',
      name: 'Liam',
      role: 'STAFF',
      association: 'LSO',
      locale: 'en',
    });
    await createUser(t, {
      email: 'sophie@bioquebec.test',
      name: 'Sophie',
      role: 'STAFF',
      association: 'BIOQUEBEC',
      locale: 'fr',
    });
    const staffToken = await login(t, 'liam@lso.test');
    await runFullRescore(t, staffToken);
    const hide = () =>
      t.gql(
        `mutation($c: ID!, $p: ID!) { curateMatch(companyId: $c, partnerId: $p, status: HIDDEN) { curation } }`,
        { c: ids.get('BQ-1042'), p: ids.get('LSO-0310') },
        { token: staffToken },
      );
    const runs = [
      {
        email: 'sophie@bioquebec.test',
        variant: VARIANTS[0],
        show: 'Afficher les jumelages masqués',
        restore: 'Rétablir',
      },
      { email: 'liam@lso.test', variant: VARIANTS[1], show: 'Show hidden matches', restore: 'Restore' },
    ];
    for (const run of runs) {
      expect((await hide()).data).toEqual({ curateMatch: { curation: 'HIDDEN' } });
      const { context, page } = await personIn(run.variant);
      await signIn(page, run.email, TEST_PASSWORD);
      await page.goto(`/staff/companies/${ids.get('BQ-1042')}`);
      const lakeshore = page.getByRole('article', { name: /Lakeshore Clinical Research/ });
      await page.getByRole('article').first().waitFor();
      expect(await lakeshore.count()).toBe(0);
      await page.getByLabel(run.show).check();
      await lakeshore.waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await lakeshore.getByRole('button', { name: new RegExp(`^${run.restore}`) }).click();
      await lakeshore
        .getByRole('button', { name: new RegExp(`^${run.restore}`) })
        .waitFor({ state: 'detached' });
      const [row] = await t.app
        .get(DataSource)
        .query(`SELECT count(*)::int AS n FROM match_curations WHERE company_id = $1 AND partner_id = $2`, [
          ids.get('BQ-1042'),
          ids.get('LSO-0310'),
        ]);
      expect(row.n).toBe(0);
      await context.close();
    }
  });
});
