import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { open, ROUTES, VIEWPORTS } from './routes.ts';

// Every route, light and dark, at the three sizes people use: zero WCAG 2.1 A/AA violations.
function sweep(label: string, routes: readonly string[]) {
  for (const viewport of VIEWPORTS) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`axe: ${label}, ${scheme}, ${viewport.name}`, async ({ page }) => {
        // Twenty routes under axe in one test: a sweep, not a journey (the kiosk's tall screen
        // is the slowest to analyse).
        test.slow();
        await page.setViewportSize({ width: viewport.width, height: viewport.height });
        await page.emulateMedia({ colorScheme: scheme });
        const failures: string[] = [];
        for (const route of routes) {
          await open(page, route);
          await expect(page.locator('main h1')).toBeVisible();
          await expect(page.locator('html')).toHaveAttribute('data-fr-theme', scheme);
          const results = await new AxeBuilder({ page })
            .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
            .analyze();
          for (const v of results.violations) {
            failures.push(
              `${route} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
            );
          }
        }
        expect(failures).toEqual([]);
      });
    }
  }
}

sweep('every route', ROUTES);
// Pages reached from a journey rather than from the menu, in tests of their own so that the
// sweep above keeps its time budget (e2e/tell-us-once.spec.ts checks each step of the journey).
sweep('journey pages', [
  '/demarches/changement-de-situation',
  '/demarches/changement-de-situation?discret=1',
  '/demarches/formulaires/aide-logement',
  '/demarches/justificatifs',
  '/demarches/contacter',
]);
