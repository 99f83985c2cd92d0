// The kiosk shell at 1080×1920 with touch: enrolment by the demo link, the start screen and its
// targets, axe on every kiosk screen, then "Terminer et effacer" and, separately, the inactivity
// reset: a script reads every store of the browser and finds nothing typed or loaded, and the
// next FranceConnect login asks for the password again.
import { expect, test, type Page } from '@playwright/test';
import { SCRIPTED_HOUSEHOLDS } from '../src/engine/questions/__fixtures__/households.ts';
import { expectAccessibleLightAndDark } from './axe.ts';
import { open } from './routes.ts';
import { completeQuestionnaire } from './simulate-helpers.ts';

test.use({ viewport: { width: 1080, height: 1920 }, hasTouch: true, isMobile: true });

const RECEPTION = 'France Services Démo de Saint-Flour';
// A simulation whose typed values can be looked for afterwards (dates, keys of the answers).
const ANSWERS = { ...SCRIPTED_HOUSEHOLDS[0]!.answers, 'p1.date_naissance': '1987-06-23' };
const TYPED = ['1987-06-23', '23/06/1987', 'loyer', 'salaire_net', 'date_naissance'];
// What the FranceConnect login of `nadia` loads (README's test identities).
const LOADED = ['Nadia', 'nadia', 'Exemple', 'csrfToken'];

async function enrol(page: Page): Promise<void> {
  await open(page, '/borne/installer#code=DEMO-BORNE&idle=30&warning=20');
  await page.waitForURL((u) => u.pathname === '/borne');
  await expect(page.getByRole('status').filter({ hasText: 'Borne installée' })).toContainText(
    `elle sert désormais l’accueil « ${RECEPTION} »`,
  );
  await expect(page).not.toHaveURL(/code=/);
}

/** Visible controls smaller than `min` CSS px (height or width) in `scope`. */
async function smallTargets(page: Page, scope: string, min: number): Promise<string[]> {
  return page
    .locator(
      `${scope} :is(a[href], button, select, input:not([type="radio"], [type="checkbox"], [type="hidden"]), .fr-radio-group label, .fr-checkbox-group label)`,
    )
    .evaluateAll(
      (els, m) =>
        els
          .filter((e) => {
            const r = e.getBoundingClientRect();
            const s = getComputedStyle(e);
            return (
              r.width > 0 &&
              r.height > 0 &&
              s.visibility !== 'hidden' &&
              !e.closest('.fr-sr-only, [hidden]') &&
              (r.height < m || r.width < m)
            );
          })
          .map(
            (e) =>
              `${e.tagName} « ${e.textContent.trim().slice(0, 40)} » ${String(Math.round(e.getBoundingClientRect().width))}×${String(Math.round(e.getBoundingClientRect().height))}`,
          ),
      min,
    );
}

async function expectTargets(page: Page): Promise<void> {
  const scope = (await page.locator('dialog[open]').count()) > 0 ? 'dialog[open]' : 'body';
  expect(await smallTargets(page, scope, 48)).toEqual([]);
}

/** Everything the page's script can read of the browser's stores, as one text. */
async function everyStore(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const parts: string[] = [document.cookie];
    for (const s of [localStorage, sessionStorage])
      for (let i = 0; i < s.length; i++) {
        const k = s.key(i) ?? '';
        if (k !== 'droits360-kiosk-config' && k !== 'droits360-kiosk-status')
          parts.push(k, s.getItem(k) ?? '');
      }
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      parts.push(`db:${name}`);
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open(name);
        r.onsuccess = () => {
          resolve(r.result);
        };
        r.onerror = () => {
          reject(new Error(String(r.error)));
        };
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const all = await new Promise<unknown[]>((resolve) => {
          const r = db.transaction(store).objectStore(store).getAll();
          r.onsuccess = () => {
            resolve(r.result);
          };
          r.onerror = () => {
            resolve([]);
          };
        });
        parts.push(JSON.stringify(all));
      }
      db.close();
    }
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const req of await cache.keys()) {
        const res = await cache.match(req);
        parts.push(req.url, res ? await res.text() : '');
      }
    }
    return parts.join('\n');
  });
}

async function expectNothingLeft(page: Page, values: readonly string[]): Promise<void> {
  const stores = await everyStore(page);
  expect(values.filter((v) => stores.includes(v))).toEqual([]);
  // Only the kiosk's non-personal configuration and status remain in localStorage.
  const keys = await page.evaluate(() => Object.keys(localStorage).sort());
  expect(keys.filter((k) => !k.startsWith('droits360-kiosk-'))).toEqual([]);
}

async function simulate(page: Page): Promise<void> {
  await page.getByRole('main').getByRole('link', { name: 'Simuler mes droits' }).click();
  await page.waitForURL((u) => u.pathname === '/simuler');
  await open(page, '/simuler/questions');
  await completeQuestionnaire(page, ANSWERS);
}

async function logInWithFranceConnect(page: Page): Promise<void> {
  await page
    .getByRole('main')
    .getByRole('link', { name: 'Voir mes droits et imprimer une attestation' })
    .click();
  await page.getByRole('link', { name: /S’identifier avec FranceConnect/ }).click();
  await page.getByLabel('Identifiant').fill('nadia');
  await page.getByLabel('Mot de passe').fill('nadia-2026');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL((u) => u.pathname === '/droits');
  await expect(page.getByTestId('rights-status')).toContainText('Vos droits sont affichés');
}

async function expectPasswordAskedAgain(page: Page): Promise<void> {
  await open(page, '/droits');
  await page.getByRole('link', { name: /S’identifier avec FranceConnect/ }).click();
  await expect(page.getByLabel('Mot de passe')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Se connecter' })).toBeVisible();
}

test('enrolment, start screen, kiosk bar, ticket and every kiosk screen: targets and axe', async ({
  page,
}) => {
  await enrol(page);
  const bar = page.getByRole('region', { name: 'Borne en libre-service' });
  await expect(bar).toContainText(RECEPTION);
  await expect(bar.getByRole('button', { name: 'Terminer et effacer' })).toBeVisible();
  await expect(bar.getByRole('button', { name: 'Demander un conseiller' })).toBeVisible();
  // The language first, then the main tasks.
  const english = page.getByRole('button', { name: 'English' });
  const firstTask = page.getByRole('main').getByRole('link', { name: 'Simuler mes droits' });
  await expect(english).toBeVisible();
  expect((await english.boundingBox())!.y).toBeLessThan((await firstTask.boundingBox())!.y);
  const tasks = page.locator('[data-kiosk-task]');
  await expect(tasks).toHaveCount(5);
  for (const name of [
    'Simuler mes droits',
    'Voir mes droits et imprimer une attestation',
    'Événements de vie',
    'Préparer une démarche',
  ])
    await expect(page.getByRole('main').getByRole('link', { name })).toBeVisible();
  for (const box of await tasks.evaluateAll((els) =>
    els.map((e) => e.getBoundingClientRect().height),
  ))
    expect(box).toBeGreaterThanOrEqual(64);
  await expectTargets(page);
  await expectAccessibleLightAndDark(page, 'borne accueil');

  // Landscape too.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await expectTargets(page);
  await expectAccessibleLightAndDark(page, 'borne accueil paysage');
  await page.setViewportSize({ width: 1080, height: 1920 });

  // The home page leads to the kiosk's start screen.
  await open(page, '/');
  await page.waitForURL((u) => u.pathname === '/borne');

  // Ask an agent: a ticket number, large.
  await page.locator('[data-kiosk-task="agent"]').click();
  await expect(page.getByTestId('kiosk-ticket')).toHaveText(/^[A-Z]-\d{3}$/);
  await expectTargets(page);
  await expectAccessibleLightAndDark(page, 'borne ticket');

  // Offline: the reception desk instead.
  await open(page, '/borne');
  await page.context().setOffline(true);
  await bar.getByRole('button', { name: 'Demander un conseiller' }).click();
  await expect(page.getByText('Adressez-vous à l’accueil')).toBeVisible();
  await page.context().setOffline(false);

  // The end confirmation, cancelled.
  await bar.getByRole('button', { name: 'Terminer et effacer' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Terminer et tout effacer ?' });
  await expect(confirm).toBeVisible();
  await expectTargets(page);
  await expectAccessibleLightAndDark(page, 'borne confirmation');
  await confirm.getByRole('button', { name: 'Annuler' }).click();
  await expect(confirm).toBeHidden();

  // Leaving the kiosk needs an agent.
  await open(page, '/borne/quitter');
  await expect(
    page.getByRole('link', { name: 'Se connecter en tant qu’agent (ProConnect)' }),
  ).toHaveAttribute('href', '/auth/agent/login?returnTo=/borne/quitter');
  await expectTargets(page);
  await expectAccessibleLightAndDark(page, 'borne quitter');

  // The installer's form, with a French error for a bad code.
  await open(page, '/borne/installer');
  await page.getByLabel(/Code d’installation/).fill('PAS-UN-CODE');
  await page.getByRole('button', { name: 'Installer la borne' }).click();
  await expect(page.getByRole('alert')).toContainText(/inconnu, déjà utilisé ou expiré/);
  await expectTargets(page);
  await expectAccessibleLightAndDark(page, 'borne installation');
});

test('Terminer et effacer: nothing typed or loaded remains, and FranceConnect asks for the password again', async ({
  page,
}) => {
  await enrol(page);
  await simulate(page);
  await expectTargets(page);
  await open(page, '/borne');
  await logInWithFranceConnect(page);
  await expect(page.getByText(/Nadia/).first()).toBeVisible();

  await page.getByRole('button', { name: 'Terminer et effacer' }).click();
  await page.getByRole('button', { name: 'Oui, tout effacer' }).click();
  await page.waitForURL((u) => u.pathname === '/borne/efface');
  await expect(page.getByRole('heading', { level: 1, name: 'Tout a été effacé' })).toBeVisible();
  await expect(page.getByTestId('kiosk-erased')).toContainText(
    'votre connexion au portail et à FranceConnect',
  );
  await expectTargets(page);
  await expectAccessibleLightAndDark(page, 'borne effacée');
  await expectNothingLeft(page, [...TYPED, ...LOADED]);
  // The in-app history starts again: no way back into the previous person's pages.
  expect(await page.evaluate(() => history.length)).toBeGreaterThan(0);
  await expectPasswordAskedAgain(page);
});

test('inactivity: the warning is announced, extended ten times, then the reset erases everything', async ({
  page,
}) => {
  await page.clock.install();
  await enrol(page);
  await simulate(page);
  const warning = page.getByRole('alertdialog', { name: 'Êtes-vous toujours là ?' });
  for (let i = 0; i < 10; i++) {
    await page.clock.fastForward(30_000);
    await expect(warning).toBeVisible();
    await expect(warning.getByRole('timer')).toContainText(/Effacement dans \d+ secondes/);
    await expect(page.getByTestId('kiosk-idle-announce')).toContainText('va être effacée');
    if (i === 0) {
      await expectTargets(page);
      await expectAccessibleLightAndDark(page, 'borne inactivité');
    }
    await warning.getByRole('button', { name: 'Je suis toujours là' }).click();
    await expect(warning).toBeHidden();
  }
  const checkIn = page.waitForRequest(
    (r) => r.url().endsWith('/api/borne/pointage') && r.postData()?.includes('lastReset') === true,
  );
  await page.clock.fastForward(30_000);
  await expect(warning).toBeVisible();
  await page.clock.fastForward(21_000);
  await page.waitForURL((u) => u.pathname === '/borne/efface');
  await expect(page.getByRole('heading', { level: 1, name: 'Tout a été effacé' })).toBeVisible();
  await checkIn;
  await expectNothingLeft(page, TYPED);
});
