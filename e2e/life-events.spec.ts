import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// Every life-event page, light and dark: zero axe violations, and every external link on it
// comes from the registry of organisations' links (never a URL typed into a journey).
const content = path.join(import.meta.dirname, '..', 'src', 'shared', 'content');
const slugs = readdirSync(path.join(content, 'life-events')).map((f) => f.replace(/\.json$/, ''));
const registry = JSON.parse(readFileSync(path.join(content, 'links.json'), 'utf8')) as {
  links: { url: string; fallback: string }[];
};
const allowed = new Set(registry.links.flatMap((l) => [l.url, l.fallback]));

for (const scheme of ['light', 'dark'] as const) {
  test(`life events, ${scheme}: axe-clean, links only from the registry`, async ({ page }) => {
    // Sixteen pages, each checked by axe: slower than one journey (and the pages now carry a print button).
    test.slow();
    await page.emulateMedia({ colorScheme: scheme });
    const failures: string[] = [];
    for (const route of ['/evenements-de-vie', ...slugs.map((s) => `/evenements-de-vie/${s}`)]) {
      await page.goto(route);
      await expect(page.locator('main h1')).toBeVisible();
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      for (const v of results.violations)
        failures.push(`${route} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
      const hrefs = await page
        .locator('main a[target="_blank"]')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      for (const href of hrefs)
        if (!allowed.has(href)) failures.push(`${route} lien hors registre : ${href}`);
    }
    expect(failures).toEqual([]);
  });
}
