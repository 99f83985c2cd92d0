import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { config } from '../config/index.ts';
import { useDeviceMode } from './use-device-mode.ts';

let firstPage = true;
// The page's own title, and the "Erreur : …" form of it while a form on the page shows errors.
let pageTitle = '';
let errorTitle: ((title: string) => string) | undefined;
const forms = new Set<symbol>();

function apply(): void {
  const shown = forms.size > 0 && errorTitle ? errorTitle(pageTitle) : pageTitle;
  document.title = `${shown} — ${config.serviceTitle}`;
}

/**
 * Sets the document title ("Page — Droits360") and, after a client-side navigation, moves the
 * focus to the page's main heading so that screen readers announce the new page (RGAA 12.x).
 * During the discreet journey every page keeps one neutral title: it is what tabs and the
 * browser's history show to someone looking over the person's shoulder.
 */
export function usePageTitle(title: string): void {
  const { t } = useTranslation('common');
  const { mode } = useDeviceMode();
  const shown = mode === 'discreet' ? t('discreet.title') : title;
  useEffect(() => {
    pageTitle = shown;
    apply();
  }, [shown]);
  useEffect(() => {
    if (firstPage) {
      firstPage = false;
      return;
    }
    const heading = document.querySelector<HTMLElement>('main h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: false });
    }
  }, [title]);
}

/**
 * While `hasErrors`, the page title starts with "Erreur :" (RGAA 11.10: a form sent with errors
 * says so in the title, the first thing a screen reader reads of a page).
 */
export function useErrorTitle(hasErrors: boolean): void {
  const { t } = useTranslation('common');
  useEffect(() => {
    if (!hasErrors) return;
    const form = Symbol('form');
    errorTitle = (title) => t('form.errorTitle', { title });
    forms.add(form);
    apply();
    return () => {
      forms.delete(form);
      apply();
    };
  }, [hasErrors, t]);
}
