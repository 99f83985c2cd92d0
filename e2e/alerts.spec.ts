import { expect, test, type Page } from '@playwright/test';
import { expectAccessibleLightAndDark } from './axe.ts';
import { open } from './routes.ts';

// The service worker receives the push: allowed here (blocked by default in the config).
test.use({ serviceWorkers: 'allow' });

export async function logIn(page: Page, path: string, login: string) {
  await open(page, path);
  await page.getByRole('link', { name: /S’identifier avec FranceConnect/ }).click();
  await page.getByLabel('Identifiant').fill(login);
  await page.getByLabel('Mot de passe').fill(`${login}-2026`);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL((url) => url.pathname === path);
  await page.locator('html[data-app-ready="true"]').waitFor({ state: 'attached' });
}

test('anonymous: the home page asks nothing that fails, /alertes explains and offers FranceConnect', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
  });
  await page.goto('/', { waitUntil: 'networkidle' });
  const nav = page.getByRole('navigation', { name: 'Menu principal' });
  await expect(nav.getByRole('link', { name: 'Être alerté', exact: true })).toBeAttached();
  await expect(page.getByTestId('unread-count')).toHaveCount(0);
  expect(errors).toEqual([]);

  await open(page, '/alertes');
  await expect(page.getByRole('heading', { level: 1, name: 'Mes alertes' })).toBeVisible();
  await expect(page.getByRole('link', { name: /S’identifier avec FranceConnect/ })).toHaveAttribute(
    'href',
    '/auth/login?returnTo=%2Falertes',
  );
  await expectAccessibleLightAndDark(page, 'alertes (anonyme)');

  await open(page, '/alertes/verifier');
  await expect(
    page.getByRole('heading', { name: 'Ce que Droits360 ne vous demande jamais' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Vérifier' }).click();
  await expect(
    page.getByText('Saisissez le code de vérification écrit à la fin du courriel.'),
  ).toBeVisible();
  await expectAccessibleLightAndDark(page, 'vérifier');
});
