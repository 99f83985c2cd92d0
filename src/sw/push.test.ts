import { describe, expect, it, vi } from 'vitest';
import { alertPath, notificationFor, openAlert, parsePush } from './push.ts';

describe('push payload', () => {
  it('accepts the portal’s payload and shows title, category and the alert as tag', () => {
    const payload = parsePush({
      alertId: 'deadline:u1:2027-01',
      category: 'deadline',
      title: 'Déclaration trimestrielle',
    });
    expect(payload).not.toBeNull();
    const { title, options } = notificationFor(payload!, 'fr-FR');
    expect(title).toBe('Déclaration trimestrielle');
    expect(options.body).toBe('Échéance');
    expect(options.tag).toBe('deadline:u1:2027-01');
    expect(options.data.url).toBe('/alertes/deadline%3Au1%3A2027-01');
    expect(notificationFor(payload!, 'en-GB').options.body).toBe('Deadline');
  });

  it('ignores anything else', () => {
    expect(parsePush(null)).toBeNull();
    expect(parsePush({ alertId: 'a', category: 'spam', title: 'x' })).toBeNull();
    expect(parsePush({ alertId: '', category: 'change', title: 'x' })).toBeNull();
    expect(parsePush({ alertId: 'a', category: 'change', title: '' })).toBeNull();
  });
});

describe('notification click', () => {
  const origin = 'https://portail.example';
  it('focuses the tab already on the alert', async () => {
    const focus = vi.fn(() => Promise.resolve());
    const openWindow = vi.fn(() => Promise.resolve());
    const url = `${origin}${alertPath('a1')}`;
    await openAlert(
      alertPath('a1'),
      { matchAll: () => Promise.resolve([{ url, focus }]), openWindow },
      origin,
    );
    expect(focus).toHaveBeenCalled();
    expect(openWindow).not.toHaveBeenCalled();
  });

  it('sends another portal tab to the alert, else opens one', async () => {
    const navigate = vi.fn(() => Promise.resolve());
    const focus = vi.fn(() => Promise.resolve());
    const openWindow = vi.fn(() => Promise.resolve());
    await openAlert(
      '/alertes/a1',
      {
        matchAll: () => Promise.resolve([{ url: `${origin}/droits`, focus, navigate }]),
        openWindow,
      },
      origin,
    );
    expect(navigate).toHaveBeenCalledWith(`${origin}/alertes/a1`);
    await openAlert('/alertes/a2', { matchAll: () => Promise.resolve([]), openWindow }, origin);
    expect(openWindow).toHaveBeenCalledWith(`${origin}/alertes/a2`);
  });
});
