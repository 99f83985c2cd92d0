import { expect, test, type Page } from '@playwright/test';
import { expectAccessibleLightAndDark } from './axe.ts';
import { open } from './routes.ts';

// Issue 11's journey: an agent (local ProConnect) prepares a mandate, the person consents with
// the local FranceConnect on the same browser, the agent acts in the person's name, the person
// reads each step in their history and revokes, the agent's next action is refused.

async function idpLogin(page: Page, login: string, password: string) {
  await page.getByLabel('Identifiant').fill(login);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

async function agentLogin(page: Page, base: string) {
  await open(page, `${base}/accompagnement`);
  await page.getByRole('link', { name: 'Se connecter avec ProConnect' }).click();
  await idpLogin(page, 'agent-fs', 'agent-2026');
  await page.waitForURL(`${base}/accompagnement`);
  await expect(page.getByRole('heading', { level: 1, name: 'Espace conseiller' })).toBeVisible();
}

/**
 * `trigger` starts a logout that goes through the identity provider (another origin), which may
 * ask to confirm it; resolves once the portal has taken over the page it comes back to.
 */
async function logoutThroughIdp(page: Page, base: string, trigger: () => Promise<void>) {
  const atProvider = page.waitForURL((u) => !u.href.startsWith(base));
  await trigger();
  await atProvider;
  const confirm = page.getByRole('button', { name: 'Me déconnecter' });
  await Promise.race([
    confirm.waitFor().then(() => confirm.click()),
    page.waitForURL((u) => u.href.startsWith(base) && !u.pathname.startsWith('/auth')),
  ]);
  await page.waitForURL((u) => u.href.startsWith(base));
  await page.locator('html[data-app-ready="true"]').waitFor({ state: 'attached' });
}

async function fillIfEmpty(page: Page, label: RegExp, value: string) {
  const field = page.getByLabel(label);
  if ((await field.inputValue()) === '') await field.fill(value);
}

test('an agent helps a person under a mandate; the person sees it all and revokes', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const base = baseURL ?? '';
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });

  await agentLogin(page, base);
  await expect(page.getByRole('heading', { name: 'Personnes en attente' })).toBeVisible();
  await expectAccessibleLightAndDark(page, 'workspace');

  // The mandate: domains, duration, then the consent step.
  await page.getByRole('link', { name: 'Accompagner une personne' }).click();
  // DSFR draws the boxes on their labels (the inputs themselves are visually hidden).
  await page.locator('label', { hasText: /^Social – Santé$/ }).click();
  await page.locator('label', { hasText: /^Logement$/ }).click();
  await expect(page.getByRole('checkbox', { name: 'Social – Santé' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Logement' })).toBeChecked();
  // Keyboard: the duration is chosen with the arrow keys.
  await page.getByRole('radio', { name: '1 jour', exact: true }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: '1 mois (31 jours)' })).toBeChecked();
  await expectAccessibleLightAndDark(page, 'new mandate');
  await page.getByRole('button', { name: 'Préparer le mandat' }).click();
  await expect(page.getByRole('heading', { name: 'Résumé du mandat' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'QR code de la page de consentement' })).toBeVisible();
  // With the keyboard, as a person who does not use a pointer (the pointer's hover state of DSFR
  // tertiary buttons in dark is a known contrast defect of issue 13).
  await page.getByRole('button', { name: /version facile à lire et à comprendre/ }).press('Enter');
  await expect(page.getByRole('heading', { name: 'Résumé facile à lire' })).toBeVisible();
  await expectAccessibleLightAndDark(page, 'consent step');

  // The person consents on this device, through FranceConnect.
  await page.getByRole('link', { name: 'Donner son accord sur cet appareil' }).click();
  await page.locator('html[data-app-ready="true"]').waitFor({ state: 'attached' });
  await page.getByRole('link', { name: /S’identifier avec FranceConnect/ }).click();
  await idpLogin(page, 'nadia', 'nadia-2026');
  await page.waitForURL(/\/accompagnement\/consentement\//);
  await expect(page.getByRole('button', { name: 'J’accepte et je donne mandat' })).toBeVisible();
  await expectAccessibleLightAndDark(page, 'consent page');
  // Shared device: the person is logged out of the portal and of FranceConnect.
  await logoutThroughIdp(page, base, () =>
    page.getByRole('button', { name: 'J’accepte et je donne mandat' }).click(),
  );
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  expect((await page.request.get(`${base}/api/me`)).status()).toBe(401);

  // Acting under the mandate.
  await open(page, `${base}/accompagnement`);
  await page
    .getByRole('link', { name: /^Agir pour / })
    .first()
    .click();
  await expect(page.getByTestId('acting-banner')).toContainText(
    /Vous agissez pour .+ sous mandat jusqu’au/,
  );
  await expect(page.getByTestId('mandate-rights')).toBeVisible();
  await expectAccessibleLightAndDark(page, 'acting');
  const actingUrl = page.url();

  await page.getByRole('button', { name: 'Simuler avec ses données' }).click();
  await page.waitForURL(/\/simuler\?situation=/);
  await page.goto(actingUrl);
  await page.locator('html[data-app-ready="true"]').waitFor({ state: 'attached' });

  await page.locator('label', { hasText: /^Aide au logement$/ }).click();
  await expect(page.getByRole('radio', { name: 'Aide au logement' })).toBeChecked();
  const form = page.getByRole('form', { name: 'Aide au logement' });
  await expect(form).toBeVisible();
  await fillIfEmpty(page, /^Date de naissance/, '1990-05-14');
  await fillIfEmpty(page, /^Adresse électronique/, 'personne@example.fr');
  await fillIfEmpty(page, /^Adresse(?! électronique)/, '3 rue du Lac');
  await fillIfEmpty(page, /^Code postal/, '15100');
  await fillIfEmpty(page, /^Commune/, 'Saint-Flour');
  await page.getByLabel(/^Date d’entrée/).fill('2026-10-01');
  const status = page.getByLabel(/^Situation dans le logement/);
  if ((await status.inputValue()) === '') await status.selectOption('tenant');
  await fillIfEmpty(page, /^Loyer/, '450');
  await fillIfEmpty(page, /^Ressources/, '900');
  await form.getByRole('button', { name: 'Envoyer la démarche en son nom' }).click();
  await expect(page.getByTestId('procedure-receipt')).toContainText('Référence');

  const printed = page.waitForResponse(
    (r) => r.url().endsWith('/impression') && r.request().method() === 'POST',
  );
  await page.getByRole('button', { name: 'Imprimer le récapitulatif' }).click();
  expect((await printed).status()).toBe(201);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed))
    .toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('print-summary')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Imprimer le récapitulatif' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  await page.getByRole('button', { name: 'Envoyer sur son téléphone' }).click();
  const handoff = page.getByRole('link', { name: /accompagnement\/recapitulatif#d=/ });
  await expect(handoff).toBeVisible();
  expect(new URL((await handoff.getAttribute('href')) ?? '').search).toBe('');
  await page.keyboard.press('Escape');

  await page.getByRole('link', { name: 'Retour à l’espace conseiller' }).first().click();
  await logoutThroughIdp(page, base, () =>
    page.getByRole('button', { name: 'Se déconnecter' }).click(),
  );

  // The person: their history, then the revocation.
  await open(page, `${base}/mes-mandats`);
  await page.getByRole('link', { name: /S’identifier avec FranceConnect/ }).click();
  await idpLogin(page, 'nadia', 'nadia-2026');
  await page.waitForURL(`${base}/mes-mandats`);
  const history = page.getByRole('table', { name: /Ce qui a été fait en votre nom/ });
  for (const step of [
    'Consentement donné',
    'Droits consultés',
    'Simulation préremplie',
    'Démarche envoyée',
    'Récapitulatif imprimé',
  ])
    await expect(history.getByText(step).first()).toBeVisible();
  await expectAccessibleLightAndDark(page, 'mes mandats');
  await page.getByRole('button', { name: 'Révoquer', exact: true }).first().click();
  await page.getByRole('button', { name: 'Oui, révoquer le mandat' }).click();
  await expect(page.getByTestId('my-mandate').first()).toContainText('révoqué');
  await expect(history.getByText('Mandat révoqué par la personne').first()).toBeVisible();

  // The agent's next action is refused, in French.
  await page.context().clearCookies();
  await agentLogin(page, base);
  await page.goto(actingUrl);
  await expect(page.getByText(/révoqué/).first()).toBeVisible();
  await expect(
    page.getByText(/vous ne pouvez plus agir pour cette personne/).first(),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Simuler avec ses données' })).toHaveCount(0);
  await expectAccessibleLightAndDark(page, 'refused');
});
