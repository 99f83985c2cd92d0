// A modal that interrupts (role alertdialog) on the native <dialog>: the browser traps focus and
// makes the rest of the page inert. Escape is the same as the `onCancel` action (never a silent
// close). Used by the kiosk's inactivity warning and its "Terminer et effacer" confirmation.
import type { ReactNode } from 'react';
import { useNativeDialog } from './use-native-dialog.ts';

export interface AlertDialogProps {
  readonly id: string;
  readonly title: string;
  readonly open: boolean;
  /** Escape, or the dialog's own cancel. */
  readonly onCancel: () => void;
  readonly children: ReactNode;
}

export function AlertDialog({ id, title, open, onCancel, children }: AlertDialogProps) {
  const dialog = useNativeDialog(open);
  return (
    <dialog
      ref={dialog}
      id={id}
      role="alertdialog"
      aria-modal="true"
      className={`fr-modal${open ? ' fr-modal--opened' : ''}`}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <div className="fr-container fr-container--fluid fr-container-md">
        <div className="fr-grid-row fr-grid-row--center">
          <div className="fr-col-12 fr-col-md-10">
            <div className="fr-modal__body">
              <div className="fr-modal__content fr-pt-4w">
                <h1 id={`${id}-title`} className="fr-modal__title">
                  {title}
                </h1>
                <div id={`${id}-body`}>{children}</div>
              </div>
            </div>
          </div>
        </div>
      </div>
    </dialog>
  );
}
