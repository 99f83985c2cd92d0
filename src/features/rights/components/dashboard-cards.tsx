// Every card of the dashboard by id, with its title: the ids are the ones the preferences API
// stores (`situation`, `org:caf`, `resources`…).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RightsResponse } from '../../../shared/contracts/rights.ts';
import type { Session } from '../api/http.ts';
import { organisationName } from '../lib/organisations.ts';
import { ActivityPanel } from './activity-panel.tsx';
import { AttestationPanel } from './attestation-panel.tsx';
import { OrganisationPanel } from './organisation-panel.tsx';
import { PossibleRightsPanel } from './possible-rights-panel.tsx';
import { ReportsPanel } from './reports-panel.tsx';
import { ResourcesPanel } from './resources-panel.tsx';
import { SituationPanel } from './situation-panel.tsx';

export interface DashboardCard {
  readonly id: string;
  readonly title: string;
  readonly render: (tools: ReactNode) => ReactNode;
}

export function useDashboardCards(data: RightsResponse, session: Session): DashboardCard[] {
  const { t, i18n } = useTranslation('rights');
  const common = { data, session };
  return [
    {
      id: 'situation',
      title: t('situation.title'),
      render: (tools) => <SituationPanel {...common} tools={tools} />,
    },
    {
      id: 'possible',
      title: t('possible.title'),
      render: (tools) => <PossibleRightsPanel tools={tools} />,
    },
    ...data.organisations.map((block) => ({
      id: `org:${block.id}`,
      title: organisationName(block.id, i18n.language),
      render: (tools: ReactNode) => (
        <OrganisationPanel block={block} session={session} tools={tools} />
      ),
    })),
    {
      id: 'resources',
      title: t('resources.title'),
      render: (tools) => <ResourcesPanel {...common} tools={tools} />,
    },
    {
      id: 'activity',
      title: t('activity.title'),
      render: (tools) => <ActivityPanel {...common} tools={tools} />,
    },
    {
      id: 'attestation',
      title: t('attestation.title'),
      render: (tools) => <AttestationPanel tools={tools} />,
    },
    {
      id: 'reports',
      title: t('reports.title'),
      render: (tools) => <ReportsPanel tools={tools} />,
    },
  ];
}

/** The heading of a card, for moving the focus to it (the card's section is `#<id>`). */
export const cardAnchor = (id: string) => id.replace(':', '-');
