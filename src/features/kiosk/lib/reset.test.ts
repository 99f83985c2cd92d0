import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { enrolTestKiosk } from '../../../shared/lib/__fixtures__/kiosk-config.ts';
import { kioskConfig, kioskStatus } from '../../../shared/lib/device-mode.ts';
import { decodeSummary } from './erase-summary.ts';
import { resetKiosk } from './reset.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

const server = (logoutUrl: string) =>
  vi.fn((url: string) =>
    Promise.resolve(
      new Response(JSON.stringify(url === '/api/me' ? { csrfToken: 'c' } : { logoutUrl }), {
        status: 200,
      }),
    ),
  );

describe('the kiosk reset', () => {
  it('wipes, keeps the kiosk, then goes through the provider’s end-session page', async () => {
    enrolTestKiosk();
    localStorage.setItem('droits360.lang', 'en');
    const fetch = server('http://idp.example/session/end?client_id=x');
    vi.stubGlobal('fetch', fetch);
    const navigate = vi.fn();
    const target = await resetKiosk({ navigate, online: () => true, now: () => 42 });
    expect(target).toBe('http://idp.example/session/end?client_id=x');
    expect(navigate).toHaveBeenCalledWith(target);
    expect(fetch).toHaveBeenCalledWith(
      expect.stringMatching(/^\/auth\/logout\?returnTo=%2Fborne%2Fefface&state=s1\.d0\.c0\.o1$/),
      expect.objectContaining({ method: 'POST' }),
    );
    expect(localStorage.getItem('droits360.lang')).toBeNull();
    expect(kioskConfig()).not.toBeNull();
    expect(kioskStatus().lastReset).toBe(42);
  });

  it('offline: straight to the erased screen, saying the connection closes on the server', async () => {
    enrolTestKiosk();
    const navigate = vi.fn();
    const target = await resetKiosk({ navigate, online: () => false });
    const state = new URL(target, 'http://borne').searchParams.get('state');
    expect(decodeSummary(state)?.signedOut).toBe(false);
  });

  it('applies a waiting version first, then navigates', async () => {
    enrolTestKiosk();
    vi.stubGlobal('fetch', server('http://localhost:3000/borne/efface'));
    const order: string[] = [];
    await resetKiosk({
      online: () => true,
      applyUpdate: (then) => {
        order.push('update');
        then();
      },
      navigate: (url) => order.push(url),
    });
    expect(order).toEqual(['update', expect.stringMatching(/^\/borne\/efface\?state=/)]);
  });
});
