import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { SCRIPTED_HOUSEHOLDS } from '../src/engine/questions/__fixtures__/households.ts';
import { simulate } from '../src/engine/index.ts';
import { isCounted } from '../src/engine/explain/index.ts';
import { countQuestions, householdFromAnswers } from '../src/engine/questions/index.ts';
import type { Answers } from '../src/engine/questions/index.ts';
import { completeQuestionnaire, currentKeys } from './simulate-helpers.ts';

const axe = async (page: import('@playwright/test').Page) =>
  (
    await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  ).violations.map((v) => v.id);

/** What the engine gives for the same household, this month (the browser simulates this month). */
function engineAmounts(answers: Answers): Record<string, number> {
  const now = new Date();
  const period = { unit: 'month', year: now.getFullYear(), month: now.getMonth() + 1 } as const;
  const results = simulate(householdFromAnswers(answers, period), period);
  return Object.fromEntries(results.filter(isCounted).map((r) => [r.id, r.amount]));
}

async function shownAmounts(
  page: import('@playwright/test').Page,
): Promise<Record<string, number>> {
  await expect(page.locator('[data-total]')).toBeVisible();
  const cards = await page.locator('[data-benefit]:has([data-amount])').all();
  const entries = await Promise.all(
    cards.map(
      async (c) =>
        [
          String(await c.getAttribute('data-benefit')),
          Number(await c.locator('[data-amount]').getAttribute('data-amount')),
        ] as const,
    ),
  );
  return Object.fromEntries(entries);
}

test.describe('simuler mes droits: six households, one question per screen (mobile)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const household of SCRIPTED_HOUSEHOLDS) {
    test(household.id, async ({ page }) => {
      await page.goto('/simuler/questions');
      const asked = await completeQuestionnaire(page, household.answers);
      expect(asked).toEqual(countQuestions(household.answers).asked);
      if (household.id === 'single_parent_two_children_part_time_tenant')
        expect(asked.length).toBeLessThanOrEqual(20);
      expect(await shownAmounts(page)).toEqual(engineAmounts(household.answers));
      expect(await axe(page)).toEqual([]);
      // Every amount shown is labelled with its benefit for screen readers.
      for (const amount of await page.locator('[data-amount]').all())
        await expect(amount).toHaveAttribute('aria-label', /.+ : .+€/);
    });
  }
});

test('keyboard only, desktop grouped by step, with zero axe violations on each step', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/simuler/questions');
  await expect(page.getByRole('heading', { name: /Foyer/ })).toBeVisible();
  expect(await axe(page)).toEqual([]);
  expect((await currentKeys(page)).length).toBeGreaterThan(1);
  const script = SCRIPTED_HOUSEHOLDS[0]!.answers;
  await completeQuestionnaire(page, script, { keyboard: true });
  expect(await axe(page)).toEqual([]);
});

test('every input has a label and help text', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/simuler/questions?etape=foyer');
  for (const input of await page.locator('main input[type="text"]').all()) {
    await expect(input).toHaveAccessibleName(/.+/);
    await expect(input).toHaveAccessibleDescription(/.*/);
  }
  for (const group of await page.locator('main fieldset').all())
    await expect(group).toHaveAccessibleName(/.+/);
});

test('answers survive a reload; bad input gets a French message and is kept', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/simuler/questions');
  await page.getByText('Non', { exact: true }).click();
  await page.getByRole('button', { name: 'Continuer' }).click();
  const date = page.getByRole('textbox', { name: /Votre date de naissance/ });
  await date.fill('31/02/1990');
  await page.getByRole('button', { name: 'Continuer' }).click();
  await expect(date).toHaveAccessibleDescription(/Indiquez une date réelle/);
  await expect(date).toHaveValue('31/02/1990');
  await page.reload();
  await page.goto('/simuler/recapitulatif');
  await expect(page.locator('dt', { hasText: 'Vivez-vous en couple ?' })).toBeVisible();
  await expect(page.locator('dd').first()).toContainText(/^Non/);
});

test('back and forward with the browser buttons', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/simuler/questions');
  await page.getByText('Oui', { exact: true }).click();
  await page.getByRole('button', { name: 'Continuer' }).click();
  await expect(page.getByRole('textbox', { name: /Votre date de naissance/ })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('radio', { name: 'Oui' })).toBeChecked();
  await page.goForward();
  await expect(page.getByRole('textbox', { name: /Votre date de naissance/ })).toBeVisible();
});

test('offline and on the device: no request leaves during a simulation', async ({
  page,
  context,
  baseURL,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/simuler/questions');
  await page.waitForLoadState('networkidle'); // the engine chunk is fetched as the questionnaire opens
  requests.length = 0;
  await context.setOffline(true);
  const household = SCRIPTED_HOUSEHOLDS[0]!;
  await completeQuestionnaire(page, household.answers);
  expect(await shownAmounts(page)).toEqual(engineAmounts(household.answers));
  await context.setOffline(false);
  const origin = new URL(baseURL ?? 'http://localhost').origin;
  expect(requests.filter((u) => !u.startsWith(origin) || u.includes('/api/'))).toEqual([]);
});
