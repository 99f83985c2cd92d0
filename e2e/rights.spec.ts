import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { open } from './routes.ts';

// The README's test identities (web/src/demo/people.ts), password `<login>-2026`.
const LOGINS = [
  'nadia',
  'lucas',
  'julien',
  'marcel',
  'sophie',
  'yanis',
  'karim',
  'emilie',
  'jeannine',
  'thomas',
] as const;

const block = (page: Page, organisation: string) =>
  page.locator(`[data-organisation="${organisation}"]`);

async function logIn(page: Page, base: string, login: string) {
  await open(page, `${base}/droits`);
  await page.getByRole('link', { name: /S’identifier avec FranceConnect/ }).click();
  await page.getByLabel('Identifiant').fill(login);
  await page.getByLabel('Mot de passe').fill(`${login}-2026`);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL(`${base}/droits`);
  await page.locator('html[data-app-ready="true"]').waitFor({ state: 'attached' });
  await expect(page.getByRole('heading', { level: 1, name: 'Mes droits' })).toBeVisible();
  await expect(page.getByTestId('rights-status')).toContainText('Vos droits sont affichés');
}

async function expectAccessible(page: Page, label: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const failures = results.violations.map(
    (v) => `${label} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
  );
  expect(failures).toEqual([]);
}

for (const login of LOGINS) {
  test(`${login}: logs in, sees rights from at least 5 organisations, logs out of the IdP too`, async ({
    page,
    baseURL,
  }) => {
    const base = baseURL ?? '';
    await logIn(page, base, login);
    const answered = page.locator('[data-organisation][data-status="ok"]');
    expect(await answered.count()).toBeGreaterThanOrEqual(5);
    await expect(page.getByRole('heading', { level: 2, name: 'Ma situation' })).toBeVisible();
    await expect(
      page.getByRole('table', { name: /Ressources des 12 derniers mois/ }),
    ).toBeVisible();

    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    // The identity provider asks to confirm ending its own session.
    await page.getByRole('button', { name: 'Me déconnecter' }).click();
    // …then sends the person back to the portal's home page.
    await page.waitForURL(`${base}/`);
    await open(page, `${base}/droits`);
    await expect(page.getByRole('link', { name: /S’identifier avec FranceConnect/ })).toBeVisible();
    // A new login shows the provider's form again: its session ended, no silent return.
    await page.goto(`${base}/auth/login`);
    await expect(page.getByLabel('Identifiant')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Se connecter' })).toBeVisible();
  });
}

test('dashboard and Mes données: no axe violation, light and dark; a report is tracked', async ({
  page,
  baseURL,
}) => {
  const base = baseURL ?? '';
  await logIn(page, base, 'nadia');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect(page.locator('html')).toHaveAttribute('data-fr-theme', scheme);
    await expectAccessible(page, `dashboard ${scheme}`);
  }
  // On a phone too (the cards' tools wrap, label and value stack).
  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(page, 'dashboard dark mobile');
  await page.setViewportSize({ width: 1280, height: 800 });

  // Signaler une erreur on the situation, then see it in "Mes signalements".
  await page.getByRole('button', { name: 'Signaler une erreur sur Ma situation' }).click();
  const form = page.getByRole('form', { name: 'Signaler une erreur sur Ma situation' });
  await form.getByLabel(/Ce qui est faux/).fill('court');
  await form.getByRole('button', { name: 'Envoyer le signalement' }).click();
  await expect(form.getByText(/10 caractères au moins/)).toBeVisible();
  await expect(form.getByLabel(/Ce qui est faux/)).toHaveValue('court');
  await form.getByLabel(/Organisme concerné/).selectOption({ index: 1 });
  await form.getByLabel(/Ce qui est faux/).fill('Mon adresse a changé en mars dernier.');
  await form.getByRole('button', { name: 'Envoyer le signalement' }).click();
  await expect(page.getByText(/Votre signalement a été transmis/)).toBeVisible();
  await expect(page.getByTestId('reports').locator('[data-report-status]')).toHaveCount(1);

  // Hidden cards come back after a reload: the arrangement is saved on the server.
  await page.getByRole('button', { name: 'Masquer : Mon activité professionnelle' }).click();
  await expect(page.getByRole('heading', { name: 'Cartes masquées' })).toBeFocused();
  await open(page, `${base}/droits`);
  await expect(
    page.getByRole('button', { name: 'Afficher à nouveau : Mon activité professionnelle' }),
  ).toBeVisible();
  await page
    .getByRole('button', { name: 'Afficher à nouveau : Mon activité professionnelle' })
    .click();

  await page.getByRole('link', { name: 'Mes données' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mes données' })).toBeVisible();
  await expect(page.getByRole('table', { name: /Données conservées/ })).toBeVisible();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect(page.locator('html')).toHaveAttribute('data-fr-theme', scheme);
    await expectAccessible(page, `mes données ${scheme}`);
  }
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: /Télécharger mes données/ }).click();
  expect((await download).suggestedFilename()).toBe('droits360-mes-donnees.json');
});

// A connector forced to time out needs a server of its own (CONNECTOR_FAULTS is read at
// start). It shares the database of a sound server: the copy the sound one cached is what the
// faulty one shows, with its date.
test.describe('with an organisation that times out', () => {
  type Started = { url: string; stop: () => Promise<void> };
  interface Lib {
    freePort(): Promise<number>;
    startServer(o: { port: number; env: Record<string, string> }): Promise<Started>;
  }
  const servers: Started[] = [];
  let dir = '';
  test.afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('the other organisations render, the failing one has a notice and its cached data', async ({
    page,
  }) => {
    const lib = (await import(pathToFileURL(path.resolve('scripts/lib.mjs')).href)) as Lib;
    dir = mkdtempSync(path.join(tmpdir(), 'droits360-rights-'));
    const env = {
      SQLITE_FILE: path.join(dir, 'db.sqlite'),
      STATIC_DIR: path.resolve('dist'),
      NODE_ENV: 'test',
      IDP_PORT: '0',
    };
    const sound = await lib.startServer({ port: await lib.freePort(), env });
    servers.push(sound);
    const faulty = await lib.startServer({
      port: await lib.freePort(),
      env: {
        ...env,
        CONNECTOR_FAULTS: 'caf:timeout',
        CONNECTOR_TIMEOUT_MS: '500',
        CONNECTOR_RETRIES: '0',
        CONNECTOR_CACHE_FRESH_S: '0',
      },
    });
    servers.push(faulty);

    await logIn(page, sound.url, 'nadia');
    await expect(block(page, 'caf')).toHaveAttribute('data-status', 'ok');

    // Same browser, same session cookie (cookies ignore the port), on the faulty server.
    await open(page, `${faulty.url}/droits`);
    await expect(page.getByTestId('rights-status')).toContainText('Vos droits sont affichés');
    await expect(block(page, 'caf')).toHaveAttribute('data-status', 'stale');
    await expect(block(page, 'caf')).toContainText(/ne répond pas pour le moment/);
    await expect(block(page, 'caf')).toContainText(/datées du/);
    expect(
      await page.locator('[data-organisation][data-status="ok"]').count(),
    ).toBeGreaterThanOrEqual(4);
    await expect(page.getByRole('heading', { level: 2, name: 'Ma situation' })).toBeVisible();
    await expectAccessible(page, 'dashboard with a failing organisation');
  });
});
