// What this journey lets the person do on the portal itself: the tell-us-once declaration and
// the prefilled procedures whose catalogue names this event. The discreet journey keeps its
// discreet mode through the declaration (nothing kept on the device, no history).
import { useTranslation } from 'react-i18next';
import { PROCEDURES } from '../../../shared/contracts/procedures.ts';
import type { LifeEvent } from '../../../shared/content/index.ts';
import { TextLink } from '../../../shared/ui/page.tsx';

export function portalProcedures(event: LifeEvent): { to: string; key: string }[] {
  const tellUsOnce = event.tellUsOnce
    ? [
        {
          to: `/demarches/changement-de-situation${event.discreet ? '?discret=1' : ''}`,
          key: 'portalTellUsOnce',
        },
      ]
    : [];
  const forms = PROCEDURES.filter((p) => p.lifeEvents.includes(event.slug)).map((p) => ({
    to: `/demarches/formulaires/${p.id}`,
    key: `portalProcedures.${p.id}`,
  }));
  return [...tellUsOnce, ...forms];
}

export function PortalProcedures({ event }: { readonly event: LifeEvent }) {
  const { t } = useTranslation('life-events');
  return (
    <>
      <p>{t('portalText')}</p>
      <ul>
        {portalProcedures(event).map((p) => (
          <li key={p.to}>
            <TextLink to={p.to}>{t(p.key)}</TextLink>
          </li>
        ))}
      </ul>
    </>
  );
}
