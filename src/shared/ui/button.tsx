// DSFR buttons, as <button> or as a router link styled as a button.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ExternalAnchor } from './external-link.tsx';

export type ButtonPriority = 'primary' | 'secondary' | 'tertiary' | 'tertiary-no-outline';

const classes = (priority: ButtonPriority, icon?: string) =>
  [
    'fr-btn',
    priority === 'primary' ? '' : `fr-btn--${priority}`,
    icon ? `fr-icon-${icon} fr-btn--icon-left` : '',
  ]
    .filter(Boolean)
    .join(' ');

export interface ButtonProps {
  readonly children: ReactNode;
  readonly priority?: ButtonPriority;
  readonly type?: 'button' | 'submit';
  readonly onClick?: () => void;
  /** A DSFR icon name without prefix/suffix, e.g. "arrow-left-line". */
  readonly icon?: string;
  readonly disabled?: boolean;
}

export function Button({
  children,
  priority = 'primary',
  type = 'button',
  onClick,
  icon,
  disabled,
}: ButtonProps) {
  return (
    <button className={classes(priority, icon)} type={type} onClick={onClick} disabled={disabled}>
      {children}
    </button>
  );
}

export interface ButtonLinkProps {
  readonly children: ReactNode;
  readonly to: string;
  readonly priority?: ButtonPriority;
  readonly icon?: string;
  /** External links open in a new tab and say so (title); on a kiosk they show a QR code. */
  readonly external?: { readonly title: string; readonly label?: string };
}

export function ButtonLink({
  children,
  to,
  priority = 'primary',
  icon,
  external,
}: ButtonLinkProps) {
  if (external) {
    return (
      <ExternalAnchor
        className={classes(priority, icon)}
        href={to}
        label={external.label ?? (typeof children === 'string' ? children : to)}
        title={external.title}
      >
        {children}
      </ExternalAnchor>
    );
  }
  return (
    <Link className={classes(priority, icon)} to={to}>
      {children}
    </Link>
  );
}

/** A row of buttons that wraps on small screens. */
export function ButtonsGroup({
  children,
  inline = true,
}: {
  readonly children: ReactNode;
  readonly inline?: boolean;
}) {
  return (
    <div className={`fr-btns-group${inline ? ' fr-btns-group--inline-md' : ''}`}>{children}</div>
  );
}

/** A link to a server address (login, download) that leaves the app, styled as a button. */
export function ButtonAnchor({
  children,
  href,
  priority = 'primary',
  icon,
}: {
  readonly children: ReactNode;
  readonly href: string;
  readonly priority?: ButtonPriority;
  readonly icon?: string;
}) {
  return (
    <a className={classes(priority, icon)} href={href}>
      {children}
    </a>
  );
}

/** A button-styled link that leaves the app for a server page (a login start): a full load. */
export const ButtonHref = ButtonAnchor;
