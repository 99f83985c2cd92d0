import { expect, test } from '@playwright/test';
import { open, ROUTES } from './routes.ts';

test('no request leaves the origin', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? 'http://localhost').origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.origin !== origin) foreign.push(request.url());
  });
  for (const route of ROUTES) {
    await open(page, route);
    await expect(page.locator('main h1')).toBeVisible();
  }
  expect(foreign).toEqual([]);
});

test('the home page answers with the security headers', async ({ request }) => {
  const res = await request.get('/');
  expect(res.headers()['content-security-policy']).toContain("script-src 'self'");
  expect(res.headers()['cache-control']).toBe('no-cache');
});
