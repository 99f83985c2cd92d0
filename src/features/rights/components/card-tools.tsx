// Pin or hide one card of the dashboard; the buttons name the card for screen readers.
import { useTranslation } from 'react-i18next';
import { SmallButton } from '../../../shared/ui/small-button.tsx';
import { SrOnly } from '../../../shared/ui/sr-only.tsx';

export interface CardToolsProps {
  readonly title: string;
  readonly pinned: boolean;
  readonly onPin: () => void;
  readonly onHide: () => void;
}

export function CardTools({ title, pinned, onPin, onHide }: CardToolsProps) {
  const { t } = useTranslation('rights');
  return (
    <div>
      <SmallButton pressed={pinned} onClick={onPin}>
        {t('cards.pin')} <SrOnly>{t('cards.which', { title })}</SrOnly>
      </SmallButton>
      <SmallButton onClick={onHide}>
        {t('cards.hide')} <SrOnly>{t('cards.which', { title })}</SrOnly>
      </SmallButton>
    </div>
  );
}
