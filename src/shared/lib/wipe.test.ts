import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { indexedDbDraft } from './device-drafts.ts';
import {
  KIOSK_CONFIG_KEY,
  clearKioskConfig,
  deviceMode,
  enterDiscreet,
  kioskConfig,
  saveKioskConfig,
} from './device-mode.ts';
import { wipeDevice } from './wipe.ts';

const kiosk = {
  kioskId: 'k1',
  token: 'secret',
  receptionAreaId: 'demo-saint-flour',
  receptionName: 'France Services Démo de Saint-Flour',
  organisation: 'France Services',
  printer: false,
  languages: ['fr'],
  idleSeconds: 120,
  warningSeconds: 30,
  agents: [],
};

afterEach(() => {
  clearKioskConfig();
  vi.unstubAllGlobals();
});

describe('the one wipe', () => {
  it('erases storage, every database and the query cache, keeps the kiosk configuration, and says what it erased', async () => {
    saveKioskConfig(kiosk);
    localStorage.setItem('droits360.scheme', 'dark');
    localStorage.setItem('droits360.display.text-size', '150');
    sessionStorage.setItem('answers', '{"loyer":620}');
    await indexedDbDraft('droits360-simulate', z.string()).save('620');
    const queryCache = { clear: vi.fn() };
    const report = await wipeDevice({ queryCache, endSession: false });
    expect(report.storageKeys).toEqual(
      expect.arrayContaining(['droits360.scheme', 'droits360.display.text-size', 'answers']),
    );
    expect(report.storageKeys).not.toContain(KIOSK_CONFIG_KEY);
    expect(report.indexedDbDatabases).toContain('droits360-simulate');
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain('droits360-simulate');
    expect(localStorage.getItem('droits360.scheme')).toBeNull();
    expect(sessionStorage.length).toBe(0);
    expect(queryCache.clear).toHaveBeenCalledOnce();
    expect(kioskConfig()).toEqual(kiosk);
  });

  it('on a personal device erases everything personal but keeps theme, language and text size', async () => {
    localStorage.setItem('droits360.scheme', 'dark');
    localStorage.setItem('droits360.lang', 'en');
    localStorage.setItem('droits360.display.text-size', '150');
    localStorage.setItem('droits360-simulate-answers', '{"loyer":620}');
    sessionStorage.setItem('droits360.lang', 'en');
    await indexedDbDraft('droits360-alerts-snapshot', z.string()).save('CAF : échéance');
    await indexedDbDraft('droits360-procedure-aide-logement', z.string()).save('620');
    const report = await wipeDevice({ endSession: false });
    expect(report.storageKeys).toEqual(['droits360-simulate-answers', 'droits360.lang']);
    expect(localStorage.getItem('droits360.scheme')).toBe('dark');
    expect(localStorage.getItem('droits360.lang')).toBe('en');
    expect(localStorage.getItem('droits360.display.text-size')).toBe('150');
    expect(sessionStorage.length).toBe(0);
    expect((await indexedDB.databases()).map((d) => d.name)).toEqual([]);
  });

  it('deletes the runtime caches but keeps the precache of the app shell', async () => {
    const names = ['workbox-precache-v2-https://borne/', 'droits360-api'];
    const deleted: string[] = [];
    vi.stubGlobal('caches', {
      keys: () => Promise.resolve(names),
      delete: (n: string) => {
        deleted.push(n);
        return Promise.resolve(true);
      },
    });
    const report = await wipeDevice({ endSession: false });
    expect(report.caches).toEqual(['droits360-api']);
    expect(deleted).toEqual(['droits360-api']);
  });

  it('ends the portal session and returns the identity provider end-session address', async () => {
    const fetch = vi.fn((url: string) =>
      Promise.resolve(
        new Response(
          JSON.stringify(
            url === '/api/me'
              ? { csrfToken: 'csrf', user: {} }
              : { logoutUrl: 'https://idp.example/session/end?id_token_hint=x' },
          ),
          { status: 200 },
        ),
      ),
    );
    vi.stubGlobal('fetch', fetch);
    enterDiscreet();
    const report = await wipeDevice();
    expect(report.portalSession).toBe(true);
    expect(report.identityProviderLogoutUrl).toBe(
      'https://idp.example/session/end?id_token_hint=x',
    );
    expect(fetch).toHaveBeenCalledWith(
      '/auth/logout',
      expect.objectContaining({
        method: 'POST',
        headers: expect.objectContaining({ 'x-csrf-token': 'csrf' }),
      }),
    );
    expect(deviceMode()).toBe('personal'); // the discreet journey ends with the wipe
  });
});
