// The device mode as React state: a page re-renders when the discreet journey starts or ends, or
// when the device is enrolled as a kiosk.
import { useSyncExternalStore } from 'react';
import { deviceMode, subscribeDeviceMode, type DeviceMode } from '../lib/device-mode.ts';

export function useDeviceMode(): { readonly mode: DeviceMode; readonly mayKeep: boolean } {
  const mode = useSyncExternalStore(subscribeDeviceMode, deviceMode, deviceMode);
  return { mode, mayKeep: mode === 'personal' };
}
