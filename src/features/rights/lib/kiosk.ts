// A shared device: nothing personal may stay on it, so personal files are not offered for
// download there (they would stay in the device's downloads folder).
import { config } from '../../../shared/config/index.ts';
import { isKioskDevice } from '../../../shared/lib/device-drafts.ts';

export const isSharedDevice = () => isKioskDevice(config.kioskBuild);
