// DSFR select with label, hint, a first "choose" option and an announced error message.
import '@gouvfr/dsfr/dist/component/select/select.main.min.css';
import { useId } from 'react';

export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

export interface SelectFieldProps {
  readonly label: string;
  readonly hint?: string;
  /** The empty first option, e.g. "Sélectionnez une commune". */
  readonly placeholder: string;
  readonly options: readonly SelectOption[];
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string;
  readonly disabled?: boolean;
  /** Sets `required` and `aria-required` on the control (the form shows a RequiredNotice). */
  readonly required?: boolean;
}

export function SelectField({
  label,
  hint,
  placeholder,
  options,
  value,
  onChange,
  error,
  required,
  disabled,
}: SelectFieldProps) {
  const id = useId();
  return (
    <div className={`fr-select-group${error ? ' fr-select-group--error' : ''}`}>
      <label className="fr-label" htmlFor={id}>
        {label}
        {hint ? <span className="fr-hint-text">{hint}</span> : null}
      </label>
      <select
        className={`fr-select${error ? ' fr-select--error' : ''}`}
        id={id}
        value={value}
        disabled={disabled}
        required={required}
        aria-required={required ? true : undefined}
        aria-describedby={`${id}-messages`}
        aria-invalid={error ? true : undefined}
        onChange={(e) => {
          onChange(e.target.value);
        }}
      >
        <option value="">{placeholder}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <div className="fr-messages-group" id={`${id}-messages`} aria-live="polite">
        {error ? <p className="fr-message fr-message--error">{error}</p> : null}
      </div>
    </div>
  );
}
