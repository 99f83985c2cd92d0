import { describe, expect, it } from 'vitest';
import { parseKioskConfig, type KioskConfig } from '../lib/device-mode.ts';
import {
  agentKioskCodeRequest,
  codeFromFragment,
  kioskEnrolmentLink,
  kioskEnrolmentRequest,
  kioskEnrolmentResponse,
  KIOSK_DELAYS,
  KIOSK_MESSAGES,
} from './kiosk.ts';

const answer = {
  kioskId: 'k-1',
  token: 'secret',
  config: {
    receptionAreaId: 'demo-saint-flour',
    receptionName: 'France Services Démo de Saint-Flour',
    organisation: 'France Services',
    printer: true,
    languages: ['fr', 'en'],
    idleSeconds: KIOSK_DELAYS.idleDefault,
    warningSeconds: KIOSK_DELAYS.warningDefault,
    agents: ['Accueil'],
  },
};

describe('kiosk contract', () => {
  it('gives the device mode a KioskConfig it accepts, from the enrolment answer', () => {
    const r = kioskEnrolmentResponse.parse(answer);
    const config: KioskConfig = { kioskId: r.kioskId, token: r.token, ...r.config };
    expect(parseKioskConfig(config)).toEqual(config);
  });

  it('refuses delays below the minimums the device mode accepts, in French', () => {
    const idle = kioskEnrolmentRequest.safeParse({
      code: 'X',
      idleSeconds: KIOSK_DELAYS.idleMin - 1,
    });
    expect(idle.error?.issues[0]).toMatchObject({
      path: ['idleSeconds'],
      message: KIOSK_MESSAGES.idle,
    });
    const warning = agentKioskCodeRequest.safeParse({ warningSeconds: 19.5 });
    expect(warning.error?.issues[0]?.message).toBe(KIOSK_MESSAGES.warning);
    expect(
      parseKioskConfig({ ...answer, ...answer.config, idleSeconds: KIOSK_DELAYS.idleMin - 1 }),
    ).toBeNull();
    expect(
      kioskEnrolmentRequest.parse({ code: '  DEMO-BORNE ', idleSeconds: 30, warningSeconds: 20 }),
    ).toEqual({ code: 'DEMO-BORNE', idleSeconds: 30, warningSeconds: 20 });
  });

  it('carries the code in the link’s fragment and reads it back', () => {
    const link = kioskEnrolmentLink('AB12-CD34');
    expect(link).toBe('/borne/installer#code=AB12-CD34');
    expect(codeFromFragment(new URL(link, 'https://x.test').hash)).toBe('AB12-CD34');
    expect(codeFromFragment('#autre=1')).toBeNull();
  });
});
