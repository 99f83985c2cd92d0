// The kiosk's ways out and on paper, at 1080×1920 with touch: the public flows with the network
// cut, external links shown as a QR code (nothing opens), the answers to the phone in the URL
// fragment (never sent), print buttons only where the reception area has a printer.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { SCRIPTED_HOUSEHOLDS } from '../src/engine/questions/__fixtures__/households.ts';
import { pruneAnswers } from '../src/engine/questions/index.ts';
import { decodeFragment, encodeFragment } from '../src/features/simulate/utils/fragment.ts';
import { expectAccessibleLightAndDark } from './axe.ts';
import { open } from './routes.ts';
import { completeQuestionnaire } from './simulate-helpers.ts';

test.use({ viewport: { width: 1080, height: 1920 }, hasTouch: true });

/** Enrols this browser as the demo reception area's kiosk (it has a printer), as an agent's link does. */
async function enrolWithDemoCode(page: Page): Promise<void> {
  await open(page, '/borne/installer#code=DEMO-BORNE&idle=600&warning=60');
  await page.waitForURL(/\/borne$/);
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('droits360-kiosk-config')))
    .toContain('"printer":true');
}

// A reception area without a printer takes an agent's code (printer: false); here the device is
// put in that kiosk mode by writing the configuration key (src/shared/lib/device-mode.ts) before load.
async function enrolWithoutPrinter(context: BrowserContext): Promise<void> {
  const config = {
    kioskId: 'borne-e2e',
    token: 'jeton-e2e',
    receptionAreaId: 'demo-saint-flour',
    receptionName: 'France Services Démo de Saint-Flour',
    organisation: 'France Services',
    printer: false,
    languages: ['fr', 'en'],
    idleSeconds: 600,
    warningSeconds: 60,
    agents: ['Accueil'],
  };
  await context.addInitScript((c) => {
    localStorage.setItem('droits360-kiosk-config', JSON.stringify(c));
  }, config);
}

/** Controls (links included) of `scope` smaller than 48 × 48 CSS px. */
async function smallTargets(page: Page, scope: string): Promise<string[]> {
  return page
    .locator(
      `${scope} :is(a[href], button, .fr-btn, select, input:not([type="radio"], [type="checkbox"]))`,
    )
    .evaluateAll((els) =>
      els
        .filter((e) => {
          const r = e.getBoundingClientRect();
          return r.width > 0 && r.height > 0 && (r.height < 48 || r.width < 48);
        })
        .map(
          (e) =>
            `${e.tagName} « ${e.textContent.trim()} » ${String(Math.round(e.getBoundingClientRect().height))}px`,
        ),
    );
}

/** Every control of the screen, the kiosk bar and an open dialog: at least 48 × 48 px. */
async function expectTouchTargets(page: Page): Promise<void> {
  await expect(page.locator('html[data-kiosk]')).toHaveCount(1);
  expect(await smallTargets(page, ':is(main, .d360-kiosk-bar, dialog[open])')).toEqual([]);
}

/** Text size, contrast and read-aloud from the kiosk bar (speech recorded, not played). */
async function closedAccessibility(page: Page): Promise<void> {
  const bar = page.locator('.d360-kiosk-bar');
  await bar.getByRole('button', { name: 'Texte très grand' }).tap();
  await expect(page.locator('html')).toHaveCSS('font-size', '24px');
  // Every layout reflows: nothing wider than the screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(
    true,
  );
  await bar.getByRole('button', { name: 'Texte normal' }).tap();
  await expect(page.locator('html')).toHaveCSS('font-size', '16px');
  await bar.getByRole('button', { name: 'Contraste renforcé' }).tap();
  await expect(page.locator('html')).toHaveAttribute('data-d360-contrast', 'high');
  await expectAccessibleLightAndDark(page, 'contraste renforcé');
  await bar.getByRole('button', { name: 'Contraste renforcé' }).tap();
  await bar.getByRole('button', { name: "Lire l'écran à voix haute" }).tap();
  const spoken = await page.evaluate(
    () => (window as unknown as { spoken: { text: string; lang: string }[] }).spoken,
  );
  const title = (await page.locator('main h1').first().textContent()) ?? '';
  expect(spoken[0]).toEqual({ text: title.trim(), lang: 'fr-FR' });
  await bar.getByRole('button', { name: 'Arrêter la lecture' }).tap();
}

/** Touching an external link shows the QR code and the address, and opens nothing. */
async function expectPhoneContinue(page: Page, link: ReturnType<Page['locator']>): Promise<void> {
  const href = (await link.getAttribute('href')) ?? '';
  expect(href).toMatch(/^https:\/\//);
  const before = page.url();
  let popups = 0;
  page.on('popup', () => (popups += 1));
  await link.tap();
  const dialog = page.getByRole('dialog', { name: 'Continuer sur mon téléphone' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('img', { name: /Code QR de l’adresse/ })).toBeVisible();
  await expect(dialog.getByText(href, { exact: true })).toBeVisible();
  expect(page.url()).toBe(before);
  expect(popups).toBe(0);
  await expectTouchTargets(page);
  await expectAccessibleLightAndDark(page, 'QR');
  await dialog.getByRole('button', { name: 'Fermer' }).tap();
  await expect(dialog).toBeHidden();
}

test.describe('with the network cut', () => {
  test.use({ serviceWorkers: 'allow' });

  test('a full simulation and a life event’s checklist, links as QR codes, printing offered', async ({
    page,
    context,
  }) => {
    await context.addInitScript(() => {
      const spoken: { text: string; lang: string }[] = [];
      Object.assign(window, { spoken });
      speechSynthesis.speak = (u) => {
        spoken.push({ text: u.text, lang: u.lang });
      };
    });
    await enrolWithDemoCode(page);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
      .toBe(true);
    await context.setOffline(true);

    await open(page, '/simuler/questions');
    await completeQuestionnaire(page, SCRIPTED_HOUSEHOLDS[0]!.answers);
    await expect(page.getByRole('heading', { level: 1, name: 'Mes résultats' })).toBeVisible();
    const why = page.getByRole('button', { name: 'Pourquoi ce montant ?' }).first();
    await why.tap();
    await expect(why).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByText(/calculée pour/).first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Imprimer mes résultats' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Envoyer sur mon téléphone' })).toBeVisible();
    await expectTouchTargets(page);
    await expectAccessibleLightAndDark(page, 'résultats');
    await expectPhoneContinue(page, page.locator('main a[data-kiosk-external]').first());

    await open(page, '/evenements-de-vie/naissance');
    await expect(
      page.getByRole('heading', { level: 2, name: 'Vos démarches, par délai' }),
    ).toBeVisible();
    await expect(
      page.getByRole('button', { name: 'Imprimer la liste des démarches' }),
    ).toBeVisible();
    await expectTouchTargets(page);
    await expectAccessibleLightAndDark(page, 'naissance');
    await closedAccessibility(page);
    await expectPhoneContinue(page, page.locator('main a[data-kiosk-external]').first());
    await context.setOffline(false);
  });
});

test('without a printer: no print button; the answers reach the phone in the fragment only', async ({
  page,
  context,
}) => {
  await enrolWithoutPrinter(context);
  const answers = SCRIPTED_HOUSEHOLDS[0]!.answers;
  const fragment = encodeFragment({ answers, benefits: [] });
  const payload = fragment.slice('r='.length);
  const sent: string[] = [];
  page.on('request', (r) => {
    sent.push(`${r.url()} ${r.postData() ?? ''}`);
  });
  // What the phone opens from the QR code.
  await open(page, `/simuler/resultats#${fragment}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Mes résultats' })).toBeVisible();
  await expect(page.locator('[data-benefit]').first()).toBeVisible();
  await expect.poll(() => new URL(page.url()).hash).toBe('');
  await expect(page.getByRole('button', { name: /^Imprimer/ })).toHaveCount(0);
  // The results' own QR carries the same answers back.
  await page.getByRole('button', { name: 'Envoyer sur mon téléphone' }).tap();
  const share = page.getByRole('dialog', { name: 'Envoyer sur mon téléphone' });
  const link = new URL((await share.getByRole('link').getAttribute('href')) ?? '');
  expect(link.search).toBe('');
  expect(decodeFragment(link.hash)?.answers).toEqual(pruneAnswers(answers));
  expect(sent.filter((s) => s.includes(payload) || s.includes('#'))).toEqual([]);

  await open(page, '/evenements-de-vie/naissance');
  await expect(
    page.getByRole('heading', { level: 2, name: 'Vos démarches, par délai' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: /^Imprimer/ })).toHaveCount(0);
});
