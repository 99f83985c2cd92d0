import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { SCRIPTED_HOUSEHOLDS } from '../src/engine/questions/__fixtures__/households.ts';
import { engineOptions, monthOf } from '../src/engine/questions/__fixtures__/engine-options.ts';
import { simulate } from '../src/engine/index.ts';
import type { BenefitId } from '../src/engine/index.ts';
import { isCounted } from '../src/engine/explain/index.ts';
import {
  countQuestions,
  householdFromAnswers,
  pruneAnswers,
} from '../src/engine/questions/index.ts';
import type { Answers } from '../src/engine/questions/index.ts';
import { completeQuestionnaire, currentKeys } from './simulate-helpers.ts';

const axe = async (page: Page) =>
  (
    await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  ).violations.map(
    (v) =>
      `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`).join(', ')}`,
  );
const noViolations = async (page: Page) => {
  // The resting state is checked: the pointer left over the next screen's buttons would be judged
  // with their hover colours, so it rests on the page title.
  const title = await page.locator('main h1').first().boundingBox();
  if (title) await page.mouse.move(title.x + 2, title.y + 2);
  // Colours are judged once the theme's and hover's CSS transitions have ended.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a instanceof CSSTransition)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  expect(await axe(page)).toEqual([]);
};

/** The questions the browser must ask: the same adaptive plan, bound to the same engine. */
const expectedQuestions = (answers: Answers, benefits: readonly BenefitId[] = []) =>
  countQuestions(answers, { optionsFor: engineOptions(monthOf(new Date()), benefits) });

/** What the engine gives for the same household, this month (the browser simulates this month). */
function engineAmounts(answers: Answers, benefits?: readonly BenefitId[]): Record<string, number> {
  const period = monthOf(new Date());
  const results = simulate(householdFromAnswers(answers, period), period, benefits);
  return Object.fromEntries(results.filter(isCounted).map((r) => [r.id, r.amount]));
}

async function shownAmounts(page: Page): Promise<Record<string, number>> {
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

// "Faire la demande": where each benefit sends people (links registry).
const APPLY: Partial<Record<BenefitId, readonly RegExp[]>> = {
  af: [/caf\.fr/, /msa\.fr/],
  aah: [/mdphenligne\.cnsa\.fr/, /caf\.fr/],
  aspa: [/lassuranceretraite\.fr/, /msa\.fr/],
  rsa: [/caf\.fr/, /msa\.fr/],
  aide_logement: [/caf\.fr/, /msa\.fr/],
  css_participation_forfaitaire: [/ameli\.fr/],
  cmu_c: [/ameli\.fr/],
};

test.describe('simuler mes droits: six households, one question per screen (mobile)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const household of SCRIPTED_HOUSEHOLDS) {
    test(household.id, async ({ page }) => {
      test.setTimeout(120_000); // axe on every screen, on a machine shared by several builds
      // Every screen is checked with axe; the single parent's journey in the dark theme.
      const dark = household.id === 'single_parent_two_children_part_time_tenant';
      await page.emulateMedia({ colorScheme: dark ? 'dark' : 'light' });
      await page.goto('/simuler/questions');
      await expect(page.locator('html')).toHaveAttribute('data-fr-theme', dark ? 'dark' : 'light');
      const asked = await completeQuestionnaire(page, household.answers, {
        onScreen: noViolations,
      });
      const expected = expectedQuestions(household.answers);
      expect(expected.unanswered).toBeUndefined();
      expect(asked).toEqual(expected.asked);
      if (household.id === 'single_parent_two_children_part_time_tenant')
        expect(asked.length).toBeLessThanOrEqual(20);
      test.info().annotations.push({ type: 'questions', description: String(asked.length) });
      const amounts = engineAmounts(expected.answers);
      expect(await shownAmounts(page)).toEqual(amounts);
      await noViolations(page);
      // Every amount shown is labelled with its benefit for screen readers.
      for (const amount of await page.locator('[data-amount]').all())
        await expect(amount).toHaveAttribute('aria-label', /.+ : .+€/);
      // Each granted benefit routes to the organisations where it is requested.
      for (const id of Object.keys(amounts) as BenefitId[]) {
        const card = page.locator(`[data-benefit="${id}"]`);
        const hrefs = await card
          .locator('a[href^="http"]')
          .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
        for (const url of APPLY[id] ?? [/^https:\/\//])
          expect(
            hrefs.some((h) => url.test(h)),
            `${id} → ${String(url)}`,
          ).toBe(true);
      }
    });
  }
});

test('keyboard only, desktop grouped by step, dark theme, zero axe violations on each step', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/simuler/questions');
  await expect(page.getByRole('heading', { name: /Foyer/ })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-fr-theme', 'dark');
  expect((await currentKeys(page)).length).toBeGreaterThan(1);
  const script = SCRIPTED_HOUSEHOLDS[0]!.answers;
  const asked = await completeQuestionnaire(page, script, {
    keyboard: true,
    onScreen: noViolations,
  });
  // A whole step is on screen at once: the answers are those given, whatever the order.
  const given = pruneAnswers(Object.fromEntries(asked.map((k) => [k, script[k]!])));
  expect(await shownAmounts(page)).toEqual(engineAmounts(given));
  await noViolations(page);
});

test('life-event links open the questionnaire with their benefits, asking only what they need', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const household = SCRIPTED_HOUSEHOLDS[0]!;
  const benefits: BenefitId[] = ['rsa', 'ppa'];
  await page.goto('/simuler?benefits=rsa,ppa&situation=children');
  await page.waitForURL(/\/simuler\/questions\?q=/);
  const asked = await completeQuestionnaire(page, household.answers);
  const expected = expectedQuestions(household.answers, benefits);
  expect(asked).toEqual(expected.asked);
  // Disability is not asked when neither the entry nor the benefits ask for it.
  expect(asked.filter((k) => k.includes('handicap') || k.includes('taux'))).toEqual([]);
  expect(await shownAmounts(page)).toEqual(engineAmounts(expected.answers, benefits));
  await expect(page.locator('[data-benefit="af"]')).toHaveCount(0);
});

test('every life event’s simulator link lands on its questionnaire', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const events = [
    'benefits=paje_base,af&situation=enfants',
    'benefits=asf,aspa,rsa,aide_logement&situation=deces-proche',
    'benefits=aah,css_participation_forfaitaire,aide_logement&situation=handicap',
    'benefits=aspa,aide_logement,css_participation_forfaitaire&situation=retraite',
    'benefits=asf,rsa,ppa,aide_logement&situation=seul',
    'benefits=rsa,ppa,css_participation_forfaitaire,aide_logement&situation=emploi',
    'benefits=rsa,aide_logement&situation=violences-conjugales',
    'benefits=aide_logement&situation=demenagement',
  ];
  for (const search of events) {
    await page.goto(`/simuler?${search}`);
    await page.waitForURL(/\/simuler\/questions\?q=/);
    await expect(page.locator('[data-question]').first()).toBeVisible();
  }
});

test('the disability entry asks the rate, not whether there is a disability', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  // The disability entry tells the questionnaire already: the rate is asked, not the yes/no.
  await page.goto('/simuler?benefits=aah&situation=handicap');
  await page.waitForURL(/\/simuler\/questions\?q=/);
  const asked = await completeQuestionnaire(page, {
    ...SCRIPTED_HOUSEHOLDS.find((h) => h.id === 'single_disability_80_tenant')!.answers,
  });
  expect(asked).not.toContain('p1.handicap');
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
  // The engine chunk and the profile (a 401 when not logged in) are fetched as it opens, once.
  const engineChunk = page.waitForResponse((r) => /\/assets\/engine-[^/]+\.js$/.test(r.url()));
  const profile = page.waitForResponse((r) => r.url().endsWith('/api/me/profile'));
  await page.goto('/simuler/questions');
  expect((await profile).status()).toBe(401);
  expect((await engineChunk).ok()).toBe(true);
  requests.length = 0;
  await context.setOffline(true);
  const household = SCRIPTED_HOUSEHOLDS[0]!;
  await completeQuestionnaire(page, household.answers);
  expect(await shownAmounts(page)).toEqual(
    engineAmounts(expectedQuestions(household.answers).answers),
  );
  await context.setOffline(false);
  const origin = new URL(baseURL ?? 'http://localhost').origin;
  expect(requests.filter((u) => !u.startsWith(origin) || u.includes('/api/'))).toEqual([]);
});
