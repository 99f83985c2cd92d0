import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { open, ROUTES, VIEWPORTS } from './routes.ts';

// Pages reached from a journey rather than from the menu, checked like every route.
const PAGES = [
  ...ROUTES,
  '/demarches/changement-de-situation',
  '/demarches/changement-de-situation?discret=1',
];

// Every route, light and dark, at the three sizes people use: zero WCAG 2.1 A/AA violations.
for (const viewport of VIEWPORTS) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe: every route, ${scheme}, ${viewport.name}`, async ({ page }) => {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await page.emulateMedia({ colorScheme: scheme });
      const failures: string[] = [];
      for (const route of PAGES) {
        await open(page, route);
        await expect(page.locator('main h1')).toBeVisible();
        await expect(page.locator('html')).toHaveAttribute('data-fr-theme', scheme);
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
          .analyze();
        for (const v of results.violations) {
          failures.push(`${route} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
        }
      }
      expect(failures).toEqual([]);
    });
  }
}
