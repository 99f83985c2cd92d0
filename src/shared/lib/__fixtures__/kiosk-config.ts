// A kiosk's configuration as the enrolment gives it, for tests that need a shared device.
import { saveKioskConfig, type KioskConfig } from '../device-mode.ts';

export const demoKiosk: KioskConfig = {
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

/** Makes this test's device a kiosk (the test setup turns it back into a personal device). */
export function enrolTestKiosk(overrides: Partial<KioskConfig> = {}): KioskConfig {
  const c = { ...demoKiosk, ...overrides };
  saveKioskConfig(c);
  return c;
}

export const kioskWithPrinter: KioskConfig = demoKiosk;
export const kioskWithoutPrinter: KioskConfig = { ...demoKiosk, printer: false };
