// A small DSFR button for tools inside a block (pin, hide, show a form): it can say that it is
// pressed (a toggle) or what it opens (a disclosure).
import type { ReactNode } from 'react';

export interface SmallButtonProps {
  readonly children: ReactNode;
  readonly onClick: () => void;
  readonly priority?: 'secondary' | 'tertiary';
  readonly pressed?: boolean;
  readonly expanded?: boolean;
  readonly controls?: string;
  readonly disabled?: boolean;
}

export function SmallButton({
  children,
  onClick,
  priority = 'tertiary',
  pressed,
  expanded,
  controls,
  disabled,
}: SmallButtonProps) {
  return (
    <button
      type="button"
      className={`fr-btn fr-btn--sm fr-btn--${priority} fr-mr-1w fr-mb-1w`}
      aria-pressed={pressed}
      aria-expanded={expanded}
      aria-controls={controls}
      disabled={disabled}
      onClick={onClick}
    >
      {children}
    </button>
  );
}
