import { expect, test } from '@playwright/test';
import { open, ROUTES } from './routes.ts';

test.use({ serviceWorkers: 'allow' });

test('once the service worker is active, every route reloads offline', async ({
  page,
  context,
}) => {
  await open(page, '/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);

  await context.setOffline(true);
  for (const route of ROUTES) {
    await open(page, route);
    await expect(page.locator('main h1')).toBeVisible();
  }
  await expect(page.getByText('Vous êtes hors ligne')).toBeVisible();
  await context.setOffline(false);
});

test('the API is never answered from a cache', async ({ page, context }) => {
  await open(page, '/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  const online = await page.evaluate(async () => (await fetch('/api/health')).status);
  expect(online).toBe(200);
  await context.setOffline(true);
  const offline = await page.evaluate(async () => {
    try {
      return (await fetch('/api/health')).status;
    } catch {
      return 'network-error';
    }
  });
  expect(offline).toBe('network-error');
  await context.setOffline(false);
});
