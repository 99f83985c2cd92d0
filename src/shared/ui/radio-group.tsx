// DSFR radio fieldset: legend with hint, one radio per option, error message announced.
import { useId } from 'react';

export interface RadioOption {
  readonly value: string;
  readonly label: string;
  readonly hint?: string;
}

export interface RadioGroupProps {
  readonly name: string;
  readonly legend: string;
  readonly hint?: string;
  readonly options: readonly RadioOption[];
  readonly value: string | undefined;
  readonly onChange: (value: string) => void;
  readonly error?: string;
  readonly inline?: boolean;
  /** Native `required` on each radio (ARIA allows `aria-required` on a radiogroup, not a radio). */
  readonly required?: boolean;
}

export function RadioGroup({
  name,
  legend,
  hint,
  options,
  value,
  onChange,
  error,
  required,
  inline,
}: RadioGroupProps) {
  const id = useId();
  const state = error ? ' fr-fieldset--error' : '';
  return (
    <fieldset className={`fr-fieldset${state}`} aria-labelledby={`${id}-legend ${id}-messages`}>
      <legend className="fr-fieldset__legend fr-fieldset__legend--regular" id={`${id}-legend`}>
        {legend}
        {hint ? <span className="fr-hint-text">{hint}</span> : null}
      </legend>
      {options.map((o) => (
        <div
          key={o.value}
          className={`fr-fieldset__element${inline ? ' fr-fieldset__element--inline' : ''}`}
        >
          <div className="fr-radio-group">
            <input
              type="radio"
              id={`${id}-${o.value}`}
              name={name}
              required={required}
              value={o.value}
              checked={value === o.value}
              onChange={() => {
                onChange(o.value);
              }}
            />
            <label className="fr-label" htmlFor={`${id}-${o.value}`}>
              {o.label}
              {o.hint ? <span className="fr-hint-text">{o.hint}</span> : null}
            </label>
          </div>
        </div>
      ))}
      <div className="fr-messages-group" id={`${id}-messages`} aria-live="polite">
        {error ? <p className="fr-message fr-message--error">{error}</p> : null}
      </div>
    </fieldset>
  );
}
