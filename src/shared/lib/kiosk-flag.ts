// The shell's only question about the kiosk, kept tiny for the home page's first load: is this
// device enrolled (its configuration present)? The rest of the device mode loads with the pages.
/** The only key a kiosk keeps: never anything personal. */
export const KIOSK_CONFIG_KEY = 'droits360-kiosk-config';
/** Dispatched on window whenever the device mode changes (enrolment, discreet journey…). */
export const DEVICE_MODE_EVENT = 'droits360-device-mode';

export function isEnrolledKiosk(): boolean {
  try {
    return typeof localStorage !== 'undefined' && Boolean(localStorage.getItem(KIOSK_CONFIG_KEY));
  } catch {
    return false; // storage refused (some private windows)
  }
}

export function subscribeEnrolment(listener: () => void): () => void {
  window.addEventListener(DEVICE_MODE_EVENT, listener);
  return () => {
    window.removeEventListener(DEVICE_MODE_EVENT, listener);
  };
}
