// DSFR language selector: a disclosure button listing the languages, each named in itself.
import { useId, useState } from 'react';

export interface LanguageOption {
  readonly code: string;
  readonly label: string;
}

export interface LanguageSwitchProps {
  readonly current: string;
  readonly options: readonly LanguageOption[];
  readonly buttonTitle: string;
  readonly onChange: (code: string) => void;
}

export function LanguageSwitch({ current, options, buttonTitle, onChange }: LanguageSwitchProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <nav className="fr-translate fr-nav" aria-label={buttonTitle}>
      <div className="fr-nav__item">
        <button
          type="button"
          className="fr-translate__btn fr-btn fr-btn--tertiary"
          aria-controls={id}
          aria-expanded={open}
          title={buttonTitle}
          onClick={() => {
            setOpen((o) => !o);
          }}
        >
          {current.toUpperCase()}
          <span className="fr-hidden-lg">{` - ${options.find((o) => o.code === current)?.label ?? ''}`}</span>
        </button>
        <div
          className={`fr-collapse fr-translate__menu fr-menu${open ? ' fr-collapse--expanded' : ''}`}
          id={id}
          hidden={!open}
        >
          <ul className="fr-menu__list">
            {options.map((o) => (
              <li key={o.code}>
                <button
                  type="button"
                  className="fr-translate__language fr-nav__link"
                  lang={o.code}
                  aria-current={o.code === current ? 'true' : undefined}
                  onClick={() => {
                    setOpen(false);
                    onChange(o.code);
                  }}
                >
                  {`${o.code.toUpperCase()} - ${o.label}`}
                </button>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </nav>
  );
}
