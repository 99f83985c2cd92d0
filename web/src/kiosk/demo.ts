// The demo reception area of the embedded defaults: the France Services of the demo agents
// (agent-fs, manager-fs), with a printer and two languages, and the reusable code DEMO-BORNE
// that enrols a kiosk there. With demo data off, that code is removed: it never opens anything.
import { DEMO_KIOSK_CODE, KIOSK_DELAYS } from '../../../src/shared/contracts/kiosk.ts';
import type { KioskRepository } from './kiosks.ts';

export const DEMO_AREA = {
  id: 'demo-saint-flour',
  name: 'France Services Démo de Saint-Flour',
  organisation: 'France Services',
  siret: '99900000011112',
  printer: true,
  languages: ['fr', 'en'],
  idleSeconds: KIOSK_DELAYS.idleDefault,
  warningSeconds: KIOSK_DELAYS.warningDefault,
  agents: ['Accueil', 'Conseiller France Services', 'Conseiller numérique'],
} as const;

/** Far enough never to expire (year 9999). */
const NEVER = Date.UTC(9999, 11, 31);

export async function applyDemoKiosks(kiosks: KioskRepository, demoData: boolean): Promise<void> {
  if (!demoData) {
    await kiosks.deleteCode(DEMO_KIOSK_CODE);
    return;
  }
  await kiosks.saveArea(DEMO_AREA);
  await kiosks.saveCode(DEMO_KIOSK_CODE, {
    areaId: DEMO_AREA.id,
    reusable: true,
    expiresAt: NEVER,
    settings: {},
  });
}
