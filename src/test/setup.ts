import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { clearKioskConfig, leaveDiscreet } from '../shared/lib/device-mode.ts';

// The device mode lives in localStorage (kiosk) and in module memory (discreet): each test starts
// on a personal device, whatever the previous one enrolled or entered.
afterEach(() => {
  clearKioskConfig();
  leaveDiscreet();
});
