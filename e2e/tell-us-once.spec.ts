import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { expectAccessibleLightAndDark } from './axe.ts';
import { open } from './routes.ts';

// "Dites-le nous une fois", as a person goes through it: the form, the FranceConnect detour
// (the draft survives it), the organisations and why, consent, receipts until acknowledged.

const URL_PATH = '/demarches/changement-de-situation';
const today = () => new Date().toISOString().slice(0, 10);

async function fillMove(page: Page) {
  await page.locator('label', { hasText: 'Un déménagement' }).click(); // DSFR draws it on the label
  await page.getByRole('button', { name: 'Continuer' }).click();
  await page.getByLabel(/Numéro et voie/).fill('3 quai de la Douane');
  await page.getByLabel(/Code postal/).fill('29200');
  // The only commune of 29200 is chosen from the official list.
  await expect(page.getByLabel('Commune')).toHaveValue('29019');
  await page.getByLabel(/Date du déménagement/).fill(today());
}

async function logIn(page: Page, login: string) {
  await page.getByRole('link', { name: /S’identifier avec FranceConnect/ }).click();
  await page.getByLabel('Identifiant').fill(login);
  await page.getByLabel('Mot de passe').fill(`${login}-2026`);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL(`**${URL_PATH}`);
  await page.locator('html[data-app-ready="true"]').waitFor({ state: 'attached' });
}

/** DSFR draws checkboxes on their label: click it, then check the box really is ticked. */
async function tick(page: Page, name: string) {
  await page.locator('label', { hasText: name }).click();
  await expect(page.getByRole('checkbox', { name: new RegExp(name) })).toBeChecked();
}

const receipt = (page: Page, organisation: string) =>
  page.getByTestId('receipts').locator(`li[data-organisation="${organisation}"]`);

test('declare a move once: errors, login, organisations, consent, receipts', async ({ page }) => {
  await open(page, URL_PATH);
  await expectAccessibleLightAndDark(page, 'kind');
  await page.locator('label', { hasText: 'Un déménagement' }).click(); // DSFR draws it on the label
  await page.getByRole('button', { name: 'Continuer' }).click();

  // Wrong postal code: the summary names the field, focus goes to it, what was typed stays.
  await page.getByLabel(/Numéro et voie/).fill('3 quai de la Douane');
  await page.getByLabel(/Code postal/).fill('2920');
  await page.getByRole('button', { name: 'Continuer' }).click();
  await expect(page.getByRole('link', { name: /^Code postal : 5 chiffres/ })).toBeVisible();
  await expect(page.getByLabel(/Code postal/)).toBeFocused();
  await expect(page.getByLabel(/Numéro et voie/)).toHaveValue('3 quai de la Douane');
  await expectAccessibleLightAndDark(page, 'details with errors');

  await page.getByLabel(/Code postal/).fill('29200');
  await expect(page.getByLabel('Commune')).toHaveValue('29019');
  await page.getByLabel(/Date du déménagement/).fill(today());
  await page.getByRole('button', { name: 'Continuer' }).click();

  // Not logged in: FranceConnect, and the draft is there on the way back.
  await expect(page.getByRole('link', { name: /S’identifier avec FranceConnect/ })).toBeVisible();
  await expectAccessibleLightAndDark(page, 'login');
  await logIn(page, 'emilie');
  await expect(page.getByLabel(/Numéro et voie/)).toHaveValue('3 quai de la Douane');
  await expect(page.getByLabel('Commune')).toHaveValue('29019');
  await page.getByRole('button', { name: 'Continuer' }).click();

  // The organisations that know Émilie, and why; none ticked without her.
  const caf = page.getByRole('checkbox', { name: /Caisse d’allocations familiales/ });
  await expect(caf).not.toBeChecked();
  await expect(
    page.getByText('Gère votre foyer fiscal et votre prélèvement à la source'),
  ).toBeVisible();
  await expectAccessibleLightAndDark(page, 'recipients');
  await tick(page, 'Caisse d’allocations familiales');
  await tick(page, 'Assurance Maladie');
  await tick(page, 'Direction générale des finances publiques');
  await page.getByRole('button', { name: 'Transmettre aux organismes cochés' }).click();

  for (const org of ['caf', 'cpam', 'impots']) {
    await expect(receipt(page, org)).toHaveAttribute('data-status', 'acknowledged');
    await expect(receipt(page, org)).toContainText('Accusé de réception');
  }
  await expect(receipt(page, 'caf')).toContainText(/Référence : CAF-/);
  await expect(page.getByText('Tous les organismes ont répondu.')).toBeVisible();
  await expectAccessibleLightAndDark(page, 'receipts');

  // The history lists it, and the draft was cleared once sent.
  await page.getByRole('button', { name: 'Déclarer un autre changement' }).click();
  await expect(page.getByRole('heading', { name: /^Déménagement — déclaré le/ })).toHaveCount(1);
  await expectAccessibleLightAndDark(page, 'history');
});

// One organisation failing needs a server of its own (CONNECTOR_FAULTS is read at start). The
// faulty server shares its database with a sound one: the organisations' answers cached by the
// sound one tell who knows the person; delivering to the failing one is then retried.
test.describe('with an organisation that fails', () => {
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

  test('its receipt says it will be retried, the others are acknowledged', async ({ page }) => {
    // The project's own helpers (plain JavaScript, hence the cast), run from the repository root.
    const lib = (await import(pathToFileURL(path.resolve('scripts/lib.mjs')).href)) as Lib;
    dir = mkdtempSync(path.join(tmpdir(), 'droits360-tuo-'));
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
      env: { ...env, CONNECTOR_FAULTS: 'impots:error' },
    });
    servers.push(faulty);

    await open(page, `${sound.url}${URL_PATH}`);
    await fillMove(page);
    await page.getByRole('button', { name: 'Continuer' }).click();
    await logIn(page, 'emilie');
    await page.getByRole('button', { name: 'Continuer' }).click();
    await expect(page.getByRole('checkbox', { name: /Direction générale/ })).toBeVisible();

    // The same session (cookie and database) on the faulty server.
    await open(page, `${faulty.url}${URL_PATH}`);
    await fillMove(page);
    await page.getByRole('button', { name: 'Continuer' }).click();
    await tick(page, 'Caisse d’allocations familiales');
    await tick(page, 'Direction générale des finances publiques');
    await page.getByRole('button', { name: 'Transmettre aux organismes cochés' }).click();
    await expect(receipt(page, 'caf')).toHaveAttribute('data-status', 'acknowledged');
    await expect(receipt(page, 'impots')).toHaveAttribute('data-status', 'retry');
    await expect(receipt(page, 'impots')).toContainText('À réessayer');
    await expect(receipt(page, 'impots')).toContainText('nous réessayons automatiquement');
    await expectAccessibleLightAndDark(page, 'receipts with a failure');
  });
});
