// Accessibility tools for a closed environment (EN 301 549 §5.1), shown in the kiosk bar: text
// size, contrast and read-aloud of the current screen. Buttons only (no hover), ≥ 48 px.
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import {
  displayComfort,
  setHighContrast,
  setTextSize,
  subscribeDisplayComfort,
  TEXT_SIZES,
} from '../lib/closed-accessibility.ts';
import {
  isReading,
  speechAvailable,
  startReading,
  stopReading,
  subscribeReading,
} from '../lib/read-aloud.ts';
import './kiosk-tools.css';

const BUTTON = 'fr-btn fr-btn--secondary fr-btn--sm';

/** The main content of the screen (the layout's <main id="contenu">). */
const mainContent = () => document.getElementById('contenu') ?? document.querySelector('main');

export function ClosedAccessibilityTools() {
  const { t, i18n } = useTranslation('kiosk-tools');
  const comfort = useSyncExternalStore(subscribeDisplayComfort, displayComfort, displayComfort);
  const reading = useSyncExternalStore(subscribeReading, isReading, isReading);
  const speech = speechAvailable();
  return (
    <div className="d360-kiosk-tools" role="group" aria-label={t('access.label')}>
      <div className="d360-kiosk-tools__group" role="group" aria-label={t('access.textSize')}>
        {TEXT_SIZES.map((size) => (
          <button
            key={size}
            type="button"
            className={BUTTON}
            aria-pressed={comfort.textSize === size}
            onClick={() => {
              setTextSize(size);
            }}
          >
            {t(`access.size.${String(size)}`)}
          </button>
        ))}
      </div>
      <button
        type="button"
        className={BUTTON}
        aria-pressed={comfort.highContrast}
        onClick={() => {
          setHighContrast(!comfort.highContrast);
        }}
      >
        {t('access.contrast')}
      </button>
      {speech ? (
        <div className="d360-kiosk-tools__group">
          <button
            type="button"
            className={BUTTON}
            onClick={() => {
              const main = mainContent();
              if (main) startReading(main, i18n.resolvedLanguage ?? i18n.language);
            }}
          >
            {t('access.readAloud')}
          </button>
          <button type="button" className={BUTTON} onClick={stopReading}>
            {t('access.stopReading')}
          </button>
        </div>
      ) : null}
      <p className="d360-kiosk-tools__status" role="status">
        {speech ? (reading ? t('access.reading') : '') : t('access.noSpeech')}
      </p>
    </div>
  );
}
