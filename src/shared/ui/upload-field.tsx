// DSFR file input: label, hint (accepted types and size), an announced error. The file is
// handed over at once; the caller uploads it and reports the server's verdict as `error`.
import '@gouvfr/dsfr/dist/component/upload/upload.main.min.css';
import { useId, useRef } from 'react';

export interface UploadFieldProps {
  readonly label: string;
  readonly hint: string;
  /** e.g. ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png" */
  readonly accept: string;
  readonly onFile: (file: File) => void;
  readonly error?: string;
  readonly disabled?: boolean;
  /** Anchor of the group, for an error summary's link. */
  readonly anchor?: string;
  /** Sets `required` and `aria-required` on the control (the form shows a RequiredNotice). */
  readonly required?: boolean;
}

export function UploadField({
  label,
  hint,
  accept,
  onFile,
  error,
  disabled,
  required,
  anchor,
}: UploadFieldProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div id={anchor} className={`fr-upload-group${error ? ' fr-upload-group--error' : ''}`}>
      <label className="fr-label" htmlFor={id}>
        {label}
        <span className="fr-hint-text">{hint}</span>
      </label>
      <input
        ref={input}
        className="fr-upload"
        type="file"
        id={id}
        accept={accept}
        disabled={disabled}
        required={required}
        aria-required={required ? true : undefined}
        aria-describedby={`${id}-messages`}
        aria-invalid={error ? true : undefined}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) onFile(file);
          // The same file chosen again (after fixing it) must fire again.
          if (input.current) input.current.value = '';
        }}
      />
      <div className="fr-messages-group" id={`${id}-messages`} aria-live="polite">
        {error ? <p className="fr-message fr-message--error">{error}</p> : null}
      </div>
    </div>
  );
}
