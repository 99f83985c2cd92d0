// The cards the person hid, each with a button to show it again.
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { SmallButton } from '../../../shared/ui/small-button.tsx';
import { Section } from '../../../shared/ui/page.tsx';

export interface HiddenCardsProps {
  readonly cards: readonly { readonly id: string; readonly title: string }[];
  readonly onShow: (id: string) => void;
  readonly headingRef: Ref<HTMLHeadingElement>;
}

export function HiddenCards({ cards, onShow, headingRef }: HiddenCardsProps) {
  const { t } = useTranslation('rights');
  return (
    <Section title={t('cards.hiddenTitle')} headingRef={headingRef}>
      {cards.length === 0 ? (
        <p>{t('cards.noneHidden')}</p>
      ) : (
        <ul>
          {cards.map((c) => (
            <li key={c.id}>
              <SmallButton
                priority="secondary"
                onClick={() => {
                  onShow(c.id);
                }}
              >
                {t('cards.show', { title: c.title })}
              </SmallButton>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
