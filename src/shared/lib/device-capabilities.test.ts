import { afterEach, describe, expect, it } from 'vitest';
import { kioskWithoutPrinter, kioskWithPrinter } from './__fixtures__/kiosk-config.ts';
import { clearKioskConfig, mayOpenExternal, mayPrint, saveKioskConfig } from './device-mode.ts';

afterEach(() => {
  clearKioskConfig();
});

describe('what a device may do', () => {
  it('a personal device opens other sites and prints, as before', () => {
    expect(mayOpenExternal()).toBe(true);
    expect(mayPrint()).toBe(true);
  });

  it('a kiosk never opens another site, and prints only when its reception area has a printer', () => {
    saveKioskConfig(kioskWithPrinter);
    expect(mayOpenExternal()).toBe(false);
    expect(mayPrint()).toBe(true);
    saveKioskConfig(kioskWithoutPrinter);
    expect(mayOpenExternal()).toBe(false);
    expect(mayPrint()).toBe(false);
  });
});
