// Drives the questionnaire like a person: reads which question is on screen, answers it from a
// script (mouse or keyboard only), and counts the screens until the results.
import { expect, type Page } from '@playwright/test';
import type { AnswerValue, Answers } from '../src/engine/questions/index.ts';

const raw = (value: AnswerValue): string => {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value))
    return value.split('-').reverse().join('/');
  if (typeof value === 'number') return String(value).replace('.', ',');
  return String(value);
};

export async function currentKeys(page: Page): Promise<string[]> {
  await expect(page.locator('[data-question]').first()).toBeVisible();
  return page
    .locator('[data-question]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-question') ?? ''));
}

async function answer(
  page: Page,
  key: string,
  value: AnswerValue,
  keyboard: boolean,
): Promise<void> {
  const block = page.locator(`[data-question="${key}"]`);
  const radio = block.locator(`input[type="radio"][value="${String(value)}"]`);
  if ((await radio.count()) > 0) {
    if (keyboard) {
      await radio.focus();
      await page.keyboard.press('Space');
    } else await radio.locator('xpath=following-sibling::label').click(); // DSFR draws the radio on its label
    await expect(radio).toBeChecked();
    return;
  }
  const input = block.getByRole('textbox');
  const text = raw(value);
  // A re-render (a follow-up question revealed by another answer) may replace the field while it
  // is typed into: answer again until the value holds.
  await expect(async () => {
    if ((await input.inputValue()) === text) return;
    if (keyboard) {
      await input.focus();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(text);
    } else await input.fill(text);
    expect(await input.inputValue()).toBe(text);
  }).toPass();
}

/** Answers every screen from the script; returns the question keys asked, in order. */
export async function completeQuestionnaire(
  page: Page,
  script: Answers,
  options: { keyboard?: boolean; onScreen?: (page: Page) => Promise<void> } = {},
): Promise<string[]> {
  const asked: string[] = [];
  const results = page.getByRole('heading', { level: 1, name: 'Mes résultats' });
  for (let screen = 0; screen < 60; screen++) {
    await expect(page.locator('[data-question]').first().or(results)).toBeVisible();
    if (await results.isVisible()) break;
    await options.onScreen?.(page);
    // Answering can reveal follow-up questions on the same screen (desktop): read until none is new.
    // The results may replace the screen while it is read (a step that needed no more answers).
    const onScreen = async () => {
      await expect(page.locator('[data-question]').first().or(results)).toBeVisible();
      return (await results.isVisible()) ? [] : currentKeys(page);
    };
    for (
      let fresh = await onScreen();
      fresh.some((k) => !asked.includes(k));
      fresh = await onScreen()
    ) {
      for (const key of fresh.filter((k) => !asked.includes(k))) {
        const value = script[key];
        if (value === undefined) throw new Error(`the script has no answer for ${key}`);
        asked.push(key);
        await answer(page, key, value, options.keyboard ?? false);
      }
    }
    if (await results.isVisible()) break;
    // Every answer of this screen still holds before it is sent (a late re-render may have reset one).
    for (const key of await onScreen()) {
      const value = script[key];
      if (value !== undefined) await answer(page, key, value, options.keyboard ?? false);
    }
    if (await results.isVisible()) break;
    const before = page.url();
    const next = page.getByRole('button', { name: 'Continuer' });
    if (options.keyboard) {
      await next.focus();
      await page.keyboard.press('Enter');
    } else await next.click();
    await page.waitForURL((url) => url.href !== before);
  }
  await expect(results).toBeVisible();
  return asked;
}
