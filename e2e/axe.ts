import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Zero WCAG 2.1 A/AA violations on the current screen, in light then in dark. */
export async function expectAccessibleLightAndDark(page: Page, step: string): Promise<void> {
  const failures: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect(page.locator('html')).toHaveAttribute('data-fr-theme', scheme);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    for (const v of results.violations)
      failures.push(
        `${step} ${scheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
      );
  }
  await page.emulateMedia({ colorScheme: 'light' });
  expect(failures).toEqual([]);
}
