// A shared device (kiosk) or the discreet journey: nothing personal may stay on it, so personal
// files are not offered for download there (they would stay in the device's downloads folder).
import { mayKeep } from '../../../shared/lib/device-mode.ts';

export const isSharedDevice = () => !mayKeep();
