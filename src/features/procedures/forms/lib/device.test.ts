import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { clearKioskConfig, saveKioskConfig } from '../../../../shared/lib/device-mode.ts';
import { formStore, isSharedDevice, pendingStore } from './device.ts';

afterEach(() => {
  clearKioskConfig();
});

const kiosk = {
  kioskId: 'k1',
  token: 't',
  receptionAreaId: 'demo-saint-flour',
  receptionName: 'France Services Démo de Saint-Flour',
  organisation: 'France Services',
  printer: true,
  languages: ['fr'],
  idleSeconds: 120,
  warningSeconds: 30,
  agents: [],
};

const names = async () => (await indexedDB.databases()).map((d) => d.name);
const draft = { values: { rent: '620' }, step: 1, documents: [], clientRef: 'r' };

describe('what a procedure keeps on the device', () => {
  it('keeps the draft and the waiting sends in IndexedDB on a personal device', async () => {
    expect(isSharedDevice()).toBe(false);
    await formStore('aide-logement', isSharedDevice()).save(draft);
    await pendingStore(isSharedDevice()).save([]);
    expect(await names()).toEqual(
      expect.arrayContaining(['droits360-procedure-aide-logement', 'droits360-procedures-pending']),
    );
  });

  it('writes nothing to the device in kiosk mode', async () => {
    saveKioskConfig(kiosk);
    expect(isSharedDevice()).toBe(true);
    const store = formStore('complementaire-sante', isSharedDevice());
    await store.save(draft);
    expect(await store.load()).toEqual(draft); // kept for the page's life only
    expect(await names()).not.toContain('droits360-procedure-complementaire-sante');
  });
});
