// A fake enrolled kiosk, for tests that put the device in kiosk mode.
import type { KioskConfig } from '../device-mode.ts';

export const kioskWithPrinter: KioskConfig = {
  kioskId: 'borne-test',
  token: 'jeton-de-test',
  receptionAreaId: 'accueil-test',
  receptionName: 'France Services Démo de Saint-Flour',
  organisation: 'France Services',
  printer: true,
  languages: ['fr', 'en'],
  idleSeconds: 120,
  warningSeconds: 30,
  agents: ['Guichet 1'],
};

export const kioskWithoutPrinter: KioskConfig = { ...kioskWithPrinter, printer: false };
