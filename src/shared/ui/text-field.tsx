// DSFR text input with label, hint, optional unit suffix and an announced error message.
// Text (not type=number): people type "1 200,50"; inputMode brings the right keyboard.
import '@gouvfr/dsfr/dist/component/input/input.main.min.css';
import { useId } from 'react';

export interface TextFieldProps {
  readonly label: string;
  readonly hint?: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string;
  readonly inputMode?: 'decimal' | 'numeric' | 'text';
  readonly autoComplete?: string;
  readonly placeholder?: string;
  /** A short badge after the label, e.g. "pré-rempli". */
  readonly badge?: string;
  /** email, tel and date bring the phone's matching keyboard or date picker. */
  readonly type?: 'text' | 'email' | 'tel' | 'date';
  /** Sets `required` and `aria-required` on the control (the form shows a RequiredNotice). */
  readonly required?: boolean;
}

export function TextField({
  label,
  hint,
  value,
  onChange,
  error,
  inputMode,
  autoComplete,
  placeholder,
  badge,
  required,
  type = 'text',
}: TextFieldProps) {
  const id = useId();
  return (
    <div className={`fr-input-group${error ? ' fr-input-group--error' : ''}`}>
      <label className="fr-label" htmlFor={id}>
        {label}
        {badge ? (
          <span className="fr-badge fr-badge--sm fr-badge--info fr-ml-1w">{badge}</span>
        ) : null}
        {hint ? <span className="fr-hint-text">{hint}</span> : null}
      </label>
      <input
        className={`fr-input${error ? ' fr-input--error' : ''}`}
        id={id}
        type={type}
        required={required}
        aria-required={required ? true : undefined}
        value={value}
        inputMode={inputMode}
        autoComplete={autoComplete ?? 'off'}
        placeholder={placeholder}
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
