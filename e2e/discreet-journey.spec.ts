import { expect, test, type Page } from '@playwright/test';
import { open, VIEWPORTS } from './routes.ts';

// The discreet journey (domestic violence): "Quitter rapidement" stays on screen wherever the
// person scrolls, and going through the journey leaves no trace: nothing written on the device,
// nothing sent that could become an alert, an e-mail or a history entry.

const PAGES = [
  '/evenements-de-vie/violences-conjugales',
  '/demarches/changement-de-situation?discret=1',
];

async function quickExitInView(page: Page) {
  const exit = page.getByRole('button', { name: 'Quitter rapidement ce site' });
  await expect(exit).toBeInViewport();
  await page.evaluate(() => {
    window.scrollTo(0, document.body.scrollHeight);
  });
  await expect(exit).toBeInViewport();
}

for (const viewport of VIEWPORTS) {
  test(`quick exit always visible, ${viewport.name}`, async ({ page }) => {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    for (const url of PAGES) {
      await open(page, url);
      await quickExitInView(page);
    }
  });
}

test('the quick exit replaces the page: Back does not return to the journey', async ({ page }) => {
  await page.route('https://meteofrance.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Météo</title>' }),
  );
  await open(page, '/');
  await open(page, '/demarches/changement-de-situation?discret=1');
  const before = await page.evaluate(() => history.length);
  await page.getByRole('button', { name: 'Quitter rapidement ce site' }).click();
  await expect(page).toHaveURL(/meteofrance\.com/);
  expect(await page.evaluate(() => history.length)).toBe(before);
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
});

test('going through the discreet journey leaves no trace', async ({ page }) => {
  await open(page, '/');
  const storage = () =>
    page.evaluate(async () => ({
      local: Object.keys(localStorage).sort(),
      session: Object.keys(sessionStorage).sort(),
      databases: (await indexedDB.databases()).map((d) => d.name),
    }));
  const before = await storage();
  const writes: string[] = [];
  page.on('request', (r) => {
    if (r.method() !== 'GET' || /alert|preference|notification/.test(r.url()))
      writes.push(`${r.method()} ${r.url()}`);
  });

  await open(page, '/evenements-de-vie/violences-conjugales');
  await open(page, '/demarches/changement-de-situation?discret=1');
  const entries = await page.evaluate(() => history.length);
  await page.locator('label', { hasText: 'Un déménagement' }).click(); // DSFR draws it on the label
  await page.getByRole('button', { name: 'Continuer' }).click();
  await page.getByLabel(/Numéro et voie/).fill('12 rue des Lilas');
  await page.getByLabel(/Code postal/).fill('29200');
  await expect(page.getByLabel('Commune')).toHaveValue('29019');

  expect(await storage()).toEqual(before);
  expect(writes).toEqual([]);
  // Steps of the form are not pages: they add nothing to the browser's history either.
  expect(await page.evaluate(() => history.length)).toBe(entries);
});
