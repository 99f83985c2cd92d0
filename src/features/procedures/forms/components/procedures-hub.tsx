// The /demarches landing's entry points: the prefilled procedures, tell-us-once, contacting an
// organisation and the supporting documents.
import { useTranslation } from 'react-i18next';
import { PROCEDURES } from '../../../../shared/contracts/procedures.ts';
import { Card } from '../../../../shared/ui/card.tsx';
import { GridCol, GridRow } from '../../../../shared/ui/grid.tsx';

const OTHERS = [
  { id: 'tellUsOnce', to: '/demarches/changement-de-situation' },
  { id: 'contact', to: '/demarches/contacter' },
  { id: 'documents', to: '/demarches/justificatifs' },
] as const;

export function ProceduresHub() {
  const { t } = useTranslation('procedures-forms');
  const cards = [
    ...PROCEDURES.map((p) => ({
      key: p.id,
      to: `/demarches/formulaires/${p.id}`,
      title: t(`procedures.${p.id}.title`),
      description: t(`procedures.${p.id}.short`),
    })),
    ...OTHERS.map((o) => ({
      key: o.id,
      to: o.to,
      title: t(`hub.${o.id}.title`),
      description: t(`hub.${o.id}.description`),
    })),
  ];
  return (
    <section aria-labelledby="procedures-hub">
      <h2 id="procedures-hub">{t('hub.title')}</h2>
      <GridRow>
        {cards.map((c) => (
          <GridCol key={c.key} md={6} lg={4}>
            <Card title={c.title} description={c.description} to={c.to} />
          </GridCol>
        ))}
      </GridRow>
    </section>
  );
}
