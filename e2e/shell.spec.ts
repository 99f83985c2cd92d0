import { expect, test } from '@playwright/test';
import { open, ROUTES } from './routes.ts';

test('each route has its own title and a single main heading', async ({ page }) => {
  const titles = new Set<string>();
  for (const route of ROUTES) {
    await open(page, route);
    await expect(page.locator('main h1')).toHaveCount(1);
    const title = await page.title();
    expect(title).toMatch(/ — Droits360$/);
    titles.add(title);
  }
  expect(titles.size).toBe(ROUTES.length);
});

test('the 404 page helps the person find their way', async ({ page }) => {
  await open(page, '/nulle-part');
  await expect(page.getByRole('heading', { level: 1, name: 'Page non trouvée' })).toBeVisible();
  await page.getByRole('link', { name: 'Page d’accueil' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('keyboard only: skip link, navigation and focus on the new page heading', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await open(page, '/');
  await expect(page.locator('main h1')).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Contenu' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#contenu$/);

  const nav = page.getByRole('navigation', { name: 'Menu principal' });
  await nav.getByRole('link', { name: 'Simuler mes droits' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/simuler$/);
  await expect(page.locator('main h1')).toBeFocused();
});

test('mobile menu opens as a dialog, closes with Escape and gives focus back', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page, '/');
  await expect(page.locator('main h1')).toBeVisible();
  const menu = page.getByRole('button', { name: 'Menu' });
  await menu.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('link', { name: 'Évènements de vie' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Fermer' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeFocused();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
});

test('display settings switch to dark and the choice is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await open(page, '/');
  await page.getByRole('button', { name: 'Paramètres d’affichage' }).click();
  await page.getByText('Thème sombre').click();
  await expect(page.locator('html')).toHaveAttribute('data-fr-theme', 'dark');
  await page.keyboard.press('Escape');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-fr-theme', 'dark');
  await expect(page.locator('html')).toHaveAttribute('data-fr-scheme', 'dark');
});

test('language switch changes the interface and the document language', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await open(page, '/');
  await page.getByRole('button', { name: /^FR/ }).click();
  await page.getByRole('button', { name: 'EN - English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Your social rights, in one place',
  );
});

test('the discreet journey offers a quick exit that leaves no history entry', async ({ page }) => {
  await page.route('https://meteofrance.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Météo</title>' }),
  );
  await open(page, '/');
  await open(page, '/evenements-de-vie/violences-conjugales');
  await page.getByRole('button', { name: 'Quitter rapidement ce site' }).click();
  await expect(page).toHaveURL(/meteofrance\.com/);
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
});

test('the dark theme really changes the colours', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await open(page, '/aide');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(22, 22, 22)');
});
