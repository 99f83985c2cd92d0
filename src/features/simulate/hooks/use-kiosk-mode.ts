// Kiosk mode (shared device in a CAF/CPAM/France Services): nothing of the simulation persists.
// Build-time flag from the configuration; the kiosk feature may also mark the document.
import { config } from '../../../shared/config/index.ts';

export function isKioskMode(): boolean {
  return config.kioskBuild || document.documentElement.dataset.kiosk === 'true';
}

export const useKioskMode = isKioskMode;
