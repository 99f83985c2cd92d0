// Opens and closes a native <dialog> as modal with the `open` prop: the browser then traps focus
// and makes the rest of the page inert (jsdom, without showModal, gets the plain attribute).
import { useEffect, useRef, type RefObject } from 'react';

export function useNativeDialog(open: boolean): RefObject<HTMLDialogElement | null> {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (open && !el.open) {
      if (typeof el.showModal === 'function') el.showModal();
      else el.setAttribute('open', '');
    } else if (!open && el.open) {
      if (typeof el.close === 'function') el.close();
      else el.removeAttribute('open');
    }
  }, [open]);
  return dialog;
}
