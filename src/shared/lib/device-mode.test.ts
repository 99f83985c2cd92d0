import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  KIOSK_CONFIG_KEY,
  clearKioskConfig,
  deviceMode,
  enterDiscreet,
  kioskConfig,
  leaveDiscreet,
  mayKeep,
  saveKioskConfig,
  subscribeDeviceMode,
} from './device-mode.ts';
import { deviceStore } from './device-store.ts';

const kiosk = {
  kioskId: 'k1',
  token: 'secret',
  receptionAreaId: 'demo-saint-flour',
  receptionName: 'France Services Démo de Saint-Flour',
  organisation: 'France Services',
  printer: true,
  languages: ['fr', 'en'],
  idleSeconds: 120,
  warningSeconds: 30,
  agents: ['Accueil'],
};

const names = async () => (await indexedDB.databases()).map((d) => d.name);

afterEach(() => {
  clearKioskConfig();
  leaveDiscreet();
});

describe('the one device mode', () => {
  it('is personal by default and keeps drafts in IndexedDB', async () => {
    expect(deviceMode()).toBe('personal');
    expect(mayKeep()).toBe(true);
    await deviceStore('droits360-mode-personal', z.string()).save('29200');
    expect(await names()).toContain('droits360-mode-personal');
  });

  it('becomes a kiosk once enrolled, keeping only its configuration, and writes nothing else', async () => {
    saveKioskConfig(kiosk);
    expect(deviceMode()).toBe('kiosk');
    expect(mayKeep()).toBe(false);
    expect(kioskConfig()).toEqual(kiosk);
    const store = deviceStore('droits360-mode-kiosk', z.string());
    await store.save('29200');
    expect(await store.load()).toBe('29200');
    expect(await names()).not.toContain('droits360-mode-kiosk');
  });

  it('holds the discreet journey in memory only, until the person leaves it', () => {
    let changes = 0;
    const stop = subscribeDeviceMode(() => changes++);
    enterDiscreet();
    expect(deviceMode()).toBe('discreet');
    expect(mayKeep()).toBe(false);
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
    leaveDiscreet();
    expect(deviceMode()).toBe('personal');
    expect(changes).toBe(2);
    stop();
  });

  it('ignores a configuration that no longer reads (delays under the minimum)', () => {
    localStorage.setItem(KIOSK_CONFIG_KEY, JSON.stringify({ ...kiosk, idleSeconds: 10 }));
    expect(kioskConfig()).toBeNull();
    expect(deviceMode()).toBe('personal');
    expect(() => {
      saveKioskConfig({ ...kiosk, warningSeconds: 5 });
    }).toThrow();
  });
});
