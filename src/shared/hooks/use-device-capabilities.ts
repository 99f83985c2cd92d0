// What this device may do, as React state (re-rendered when the device is enrolled or leaves
// kiosk mode): open another site, print.
import { useSyncExternalStore } from 'react';
import { mayOpenExternal, mayPrint, subscribeDeviceMode } from '../lib/device-mode.ts';

export function useMayOpenExternal(): boolean {
  return useSyncExternalStore(subscribeDeviceMode, mayOpenExternal, mayOpenExternal);
}

export function useMayPrint(): boolean {
  return useSyncExternalStore(subscribeDeviceMode, mayPrint, mayPrint);
}
