// The logged-in dashboard: cards in the person's order (pinned first, hidden apart), saved
// through the preferences API; the page stays whole when one organisation does not answer.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { RightsResponse } from '../../../shared/contracts/rights.ts';
import { Alert } from '../../../shared/ui/notice.tsx';
import type { Session } from '../api/http.ts';
import { usePreferences, useSavePreferences } from '../api/queries.ts';
import { arrange, hide, pin, show, unpin } from '../lib/cards.ts';
import { CardTools } from './card-tools.tsx';
import { cardAnchor, useDashboardCards } from './dashboard-cards.tsx';
import { HiddenCards } from './hidden-cards.tsx';

export function Dashboard({
  data,
  session,
}: {
  readonly data: RightsResponse;
  readonly session: Session;
}) {
  const { t } = useTranslation('rights');
  const cards = useDashboardCards(data, session);
  const prefsQuery = usePreferences();
  const save = useSavePreferences(session);
  const prefs = prefsQuery.data ?? { pinned: [], hidden: [] };
  const { visible, hidden } = arrange(
    cards.map((c) => c.id),
    prefs,
  );
  // After a card moves or disappears, focus goes where the person can carry on (once the
  // new arrangement is on screen).
  const focusTarget = useRef<string | null>(null);
  const hiddenHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const target = focusTarget.current;
    if (!target) return;
    focusTarget.current = null;
    const el =
      target === 'hidden'
        ? hiddenHeading.current
        : document.getElementById(`${cardAnchor(target)}-title`);
    if (el) {
      el.tabIndex = -1;
      el.focus();
    }
  });

  const byId = new Map(cards.map((c) => [c.id, c]));
  return (
    <>
      {save.isError ? (
        <Alert severity="error" live>
          {t('cards.saveFailed')}
        </Alert>
      ) : null}
      {visible.map((id) => {
        const card = byId.get(id);
        if (!card) return null;
        const isPinned = prefs.pinned.includes(id);
        return (
          <div key={id} data-card={id}>
            {card.render(
              <CardTools
                title={card.title}
                pinned={isPinned}
                onPin={() => {
                  save.mutate(isPinned ? unpin(prefs, id) : pin(prefs, id));
                  focusTarget.current = id;
                }}
                onHide={() => {
                  save.mutate(hide(prefs, id));
                  focusTarget.current = 'hidden';
                }}
              />,
            )}
          </div>
        );
      })}
      <HiddenCards
        headingRef={hiddenHeading}
        cards={hidden.flatMap((id) => byId.get(id) ?? [])}
        onShow={(id) => {
          save.mutate(show(prefs, id));
          focusTarget.current = id;
        }}
      />
    </>
  );
}
