// Held by the shell on every page while the discreet journey lasts: "Quitter rapidement ce site"
// (fixed, first in the tab order after the skip links) and a page that asks not to be indexed.
// A page reached through a discreet link (?discret=1) opens the journey.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useDeviceMode } from '../hooks/use-device-mode.ts';
import { asksDiscreet, NEUTRAL_SITE } from '../lib/discreet.ts';
import { enterDiscreet } from '../lib/device-mode.ts';
import { QuickExit } from '../ui/quick-exit.tsx';

export function DiscreetExit() {
  const { t } = useTranslation('common');
  const { search } = useLocation();
  const { mode } = useDeviceMode();
  const asked = asksDiscreet(search);
  useEffect(() => {
    if (asked) enterDiscreet();
  }, [asked]);
  if (mode !== 'discreet') return null;
  return (
    <>
      <meta name="robots" content="noindex, nofollow" />
      <QuickExit label={t('discreet.quickExit')} to={NEUTRAL_SITE} />
    </>
  );
}

/** Room under the fixed button, so that it never hides the last line of the page. */
export function DiscreetSpacer() {
  const { mode } = useDeviceMode();
  return mode === 'discreet' ? <div style={{ blockSize: '4rem' }} /> : null;
}
