// The discreet journey (domestic violence): "Quitter rapidement" always visible (fixed, early in
// the tab order), the page asks search engines not to index it. Leaving uses location.replace,
// so the journey's page is not left in the browser's history. No keyboard shortcut: Escape
// already closes menus and dialogs, and a mistaken exit would be worse than a Tab press.
import { useTranslation } from 'react-i18next';
import { Callout } from '../../../shared/ui/notice.tsx';
import { QuickExit } from '../../../shared/ui/quick-exit.tsx';

/** A neutral, widely used site: what someone looking over the shoulder would find unremarkable. */
export const NEUTRAL_SITE = 'https://meteofrance.com';

/** Rendered before the h1: the quick exit comes first in the tab order. */
export function DiscreetExit() {
  const { t } = useTranslation('life-events');
  return (
    <>
      <meta name="robots" content="noindex, nofollow" />
      <QuickExit label={t('quickExit')} to={NEUTRAL_SITE} />
    </>
  );
}

export function DiscreetNotice() {
  const { t } = useTranslation('life-events');
  return (
    // No callout title: it would be an h3 straight under the h1 (heading order).
    <Callout>
      <p>{t('discreetNotice')}</p>
    </Callout>
  );
}
