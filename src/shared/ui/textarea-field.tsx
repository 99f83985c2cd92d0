// DSFR multi-line text input (a message, an explanation) with label, hint and announced error.
import '@gouvfr/dsfr/dist/component/input/input.main.min.css';
import { useId } from 'react';

export interface TextareaFieldProps {
  readonly label: string;
  readonly hint?: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string;
  readonly rows?: number;
  /** Anchor of the group, for an error summary's link. */
  readonly anchor?: string;
  /** Sets `required` and `aria-required` on the control (the form shows a RequiredNotice). */
  readonly required?: boolean;
}

export function TextareaField({
  label,
  hint,
  value,
  onChange,
  error,
  rows = 6,
  required,
  anchor,
}: TextareaFieldProps) {
  const id = useId();
  return (
    <div id={anchor} className={`fr-input-group${error ? ' fr-input-group--error' : ''}`}>
      <label className="fr-label" htmlFor={id}>
        {label}
        {hint ? <span className="fr-hint-text">{hint}</span> : null}
      </label>
      <textarea
        className={`fr-input${error ? ' fr-input--error' : ''}`}
        id={id}
        rows={rows}
        required={required}
        aria-required={required ? true : undefined}
        value={value}
        aria-describedby={`${id}-messages`}
        aria-invalid={error ? true : undefined}
        onChange={(e) => {
          onChange(e.target.value);
        }}
      />
      <div className="fr-messages-group" id={`${id}-messages`} aria-live="polite">
        {error ? <p className="fr-message fr-message--error">{error}</p> : null}
      </div>
    </div>
  );
}
