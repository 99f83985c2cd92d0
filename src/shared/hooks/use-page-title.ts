import { useEffect } from 'react';
import { config } from '../config/index.ts';

let firstPage = true;

/**
 * Sets the document title ("Page — Droits360") and, after a client-side navigation, moves the
 * focus to the page's main heading so that screen readers announce the new page (RGAA 12.x).
 */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} — ${config.serviceTitle}`;
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
