import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { config } from '../config/index.ts';
import { useDeviceMode } from './use-device-mode.ts';

let firstPage = true;

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
    document.title = `${shown} — ${config.serviceTitle}`;
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
