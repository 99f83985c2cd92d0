// DSFR header with its complete mobile menu, driven by React (no DSFR JS): the menu opens as a
// modal on small screens, closes with Escape or the close button, and gives focus back.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link, NavLink, useLocation } from 'react-router';
import { BrandLogo } from './brand.tsx';

export interface NavItem {
  readonly to: string;
  readonly label: string;
  /** Shown after the label inside the link, e.g. an unread count. */
  readonly extra?: ReactNode;
}

export interface HeaderProps {
  readonly operatorLines: readonly string[];
  readonly serviceTitle: string;
  readonly tagline: string;
  readonly homeTitle: string;
  readonly navLabel: string;
  readonly nav: readonly NavItem[];
  readonly menuLabel: string;
  readonly closeLabel: string;
  /** Quick-access tools (language switch, display settings…), shown in the menu on mobile. */
  readonly tools: ReactNode;
}

export function Header(props: HeaderProps) {
  const location = useLocation();
  // The menu belongs to the page it was opened on: navigating closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === location.pathname;
  const setOpen = (value: boolean) => {
    setOpenOn(value ? location.pathname : null);
  };
  const menuButton = useRef<HTMLButtonElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    // The modal becomes visible through a CSS transition (visibility included): focus now if
    // it can take focus, else when the transition ends.
    const focusClose = () => {
      if (document.activeElement !== closeButton.current) closeButton.current?.focus();
    };
    const frame = requestAnimationFrame(focusClose);
    const menu = document.getElementById('header-menu');
    menu?.addEventListener('transitionend', focusClose);
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpenOn(null);
        menuButton.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => {
      cancelAnimationFrame(frame);
      menu?.removeEventListener('transitionend', focusClose);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  return (
    <header className="fr-header">
      <div className="fr-header__body">
        <div className="fr-container">
          <div className="fr-header__body-row">
            <div className="fr-header__brand fr-enlarge-link">
              <div className="fr-header__brand-top">
                <div className="fr-header__logo">
                  <BrandLogo lines={props.operatorLines} />
                </div>
                <div className="fr-header__navbar">
                  <button
                    ref={menuButton}
                    type="button"
                    className="fr-btn--menu fr-btn"
                    aria-controls="header-menu"
                    aria-expanded={open}
                    aria-haspopup="dialog"
                    id="header-menu-button"
                    onClick={() => {
                      setOpen(true);
                    }}
                  >
                    {props.menuLabel}
                  </button>
                </div>
              </div>
              <div className="fr-header__service">
                <Link to="/" title={props.homeTitle}>
                  <p className="fr-header__service-title">{props.serviceTitle}</p>
                </Link>
                <p className="fr-header__service-tagline">{props.tagline}</p>
              </div>
            </div>
            <div className="fr-header__tools">
              <div className="fr-header__tools-links">{props.tools}</div>
            </div>
          </div>
        </div>
      </div>
      <div
        className={`fr-header__menu fr-modal${open ? ' fr-modal--opened' : ''}`}
        id="header-menu"
        aria-labelledby="header-menu-button"
        {...(open ? { role: 'dialog', 'aria-modal': true } : {})}
      >
        <div className="fr-container">
          <button
            ref={closeButton}
            type="button"
            className="fr-btn--close fr-btn"
            aria-controls="header-menu"
            onClick={() => {
              setOpen(false);
              menuButton.current?.focus();
            }}
          >
            {props.closeLabel}
          </button>
          <div className="fr-header__menu-links">{open ? props.tools : null}</div>
          <nav className="fr-nav" id="header-navigation" aria-label={props.navLabel}>
            <ul className="fr-nav__list">
              {props.nav.map((item) => (
                <li className="fr-nav__item" key={item.to}>
                  <NavLink className="fr-nav__link" to={item.to} end={item.to === '/'}>
                    {item.label}
                    {item.extra}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </div>
    </header>
  );
}
