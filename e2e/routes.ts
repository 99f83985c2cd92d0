import type { Page } from '@playwright/test';

// Every route of the shell, as a person reaches it (the 404 included).
export const ROUTES = [
  '/',
  '/droits',
  '/simuler',
  '/alertes',
  '/alertes/preferences',
  '/alertes/verifier',
  '/alertes/email/confirmer',
  '/alertes/desabonnement',
  '/demarches',
  '/evenements-de-vie',
  '/evenements-de-vie/naissance',
  '/evenements-de-vie/violences-conjugales',
  '/borne',
  '/accompagnement',
  '/accessibilite',
  '/mentions-legales',
  '/donnees-personnelles',
  '/plan-du-site',
  '/aide',
  '/cette-page-n-existe-pas',
] as const;

export const VIEWPORTS = [
  { name: 'mobile', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'kiosk', width: 1080, height: 1920 },
] as const;

/** Opens a route and waits until the application has taken over the (pre-rendered) page. */
export async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('html[data-app-ready="true"]').waitFor({ state: 'attached' });
}
