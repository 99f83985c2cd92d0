// DSFR modal on the native <dialog>: the browser traps focus, Escape closes it, and focus
// returns to the element that opened it.
import type { ReactNode } from 'react';
import { useNativeDialog } from './use-native-dialog.ts';

export interface ModalProps {
  readonly id: string;
  readonly title: string;
  readonly closeLabel: string;
  readonly open: boolean;
  readonly onClose: () => void;
  readonly children: ReactNode;
}

export function Modal({ id, title, closeLabel, open, onClose, children }: ModalProps) {
  const dialog = useNativeDialog(open);

  return (
    <dialog
      ref={dialog}
      id={id}
      className={`fr-modal${open ? ' fr-modal--opened' : ''}`}
      aria-labelledby={`${id}-title`}
      onClose={onClose}
    >
      <div className="fr-container fr-container--fluid fr-container-md">
        <div className="fr-grid-row fr-grid-row--center">
          <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">
            <div className="fr-modal__body">
              <div className="fr-modal__header">
                <button
                  type="button"
                  className="fr-btn--close fr-btn"
                  aria-controls={id}
                  onClick={onClose}
                >
                  {closeLabel}
                </button>
              </div>
              <div className="fr-modal__content">
                <h1 id={`${id}-title`} className="fr-modal__title">
                  {title}
                </h1>
                {children}
              </div>
            </div>
          </div>
        </div>
      </div>
    </dialog>
  );
}
