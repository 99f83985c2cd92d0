import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { enrolTestKiosk } from '../../shared/lib/__fixtures__/kiosk-config.ts';
import { useUnreadAlerts } from './unread.ts';

function countServer() {
  const fetch = vi.fn(() => Promise.resolve(Response.json({ unread: 3 })));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

describe('the header’s unread alerts count', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    history.replaceState(null, '', '/');
  });

  it('asks the server once on a personal device', async () => {
    const fetch = countServer();
    const { result } = renderHook(() => useUnreadAlerts());
    await waitFor(() => {
      expect(result.current).toBe(3);
    });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['the page that opens the discreet journey', '/evenements-de-vie/violences-conjugales'],
    ['a page opened with ?discret=1', '/demarches/changement-de-situation?discret=1'],
  ])('asks nothing on %s, before its own code has loaded', (_, url) => {
    history.replaceState(null, '', url);
    const fetch = countServer();
    const { result } = renderHook(() => useUnreadAlerts());
    expect(result.current).toBe(0);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('asks nothing on a kiosk', () => {
    enrolTestKiosk();
    const fetch = countServer();
    renderHook(() => useUnreadAlerts());
    expect(fetch).not.toHaveBeenCalled();
  });
});
