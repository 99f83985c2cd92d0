// DSFR checkboxes in a fieldset: one box per option with its hint, the error announced.
import '@gouvfr/dsfr/dist/component/checkbox/checkbox.main.min.css';
import { useId } from 'react';

export interface CheckboxOption {
  readonly value: string;
  readonly label: string;
  readonly hint?: string;
}

export interface CheckboxGroupProps {
  readonly legend: string;
  readonly hint?: string;
  readonly options: readonly CheckboxOption[];
  readonly checked: readonly string[];
  readonly onChange: (checked: string[]) => void;
  readonly error?: string;
  /** At least one box must be ticked: `aria-required` on each box. No native `required`, which
   * would demand every box. */
  readonly required?: boolean;
}

export function CheckboxGroup({
  legend,
  hint,
  options,
  checked,
  onChange,
  error,
  required,
}: CheckboxGroupProps) {
  const id = useId();
  const toggle = (value: string, on: boolean) => {
    onChange(on ? [...checked, value] : checked.filter((v) => v !== value));
  };
  return (
    <fieldset
      className={`fr-fieldset${error ? ' fr-fieldset--error' : ''}`}
      aria-labelledby={`${id}-legend ${id}-messages`}
    >
      <legend className="fr-fieldset__legend fr-fieldset__legend--regular" id={`${id}-legend`}>
        {legend}
        {hint ? <span className="fr-hint-text">{hint}</span> : null}
      </legend>
      {options.map((o) => (
        <div key={o.value} className="fr-fieldset__element">
          <div className="fr-checkbox-group">
            <input
              type="checkbox"
              id={`${id}-${o.value}`}
              value={o.value}
              aria-required={required ? true : undefined}
              checked={checked.includes(o.value)}
              onChange={(e) => {
                toggle(o.value, e.target.checked);
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
