// One organisation's block: its rights, its file number, how to reach it and its personal
// space; when it does not answer, a notice and the last data known with its date.
import { useTranslation } from 'react-i18next';
import type { OrganisationBlock } from '../../../shared/contracts/rights.ts';
import { Badge } from '../../../shared/ui/badge.tsx';
import { ButtonLink } from '../../../shared/ui/button.tsx';
import { Alert } from '../../../shared/ui/notice.tsx';
import { Facts, Panel } from '../../../shared/ui/panel.tsx';
import type { Session } from '../api/http.ts';
import { instant } from '../lib/format.ts';
import { organisationName, organisationPhone, organisationSpace } from '../lib/organisations.ts';
import { RightItem } from './right-item.tsx';

export interface OrganisationPanelProps {
  readonly block: OrganisationBlock;
  readonly session: Session;
  readonly tools: React.ReactNode;
}

export function OrganisationPanel({ block, session, tools }: OrganisationPanelProps) {
  const { t, i18n } = useTranslation('rights');
  const lang = i18n.language;
  const name = organisationName(block.id, lang);
  const space = organisationSpace(block.id);
  const phone = organisationPhone(block.id);
  const record = block.record;
  const date = block.fetchedAt ? instant(block.fetchedAt, lang) : undefined;
  return (
    <Panel
      id={`org-${block.id}`}
      title={name}
      badge={
        <Badge label={t(`organisation.status.${block.status}`)} severity={BADGE[block.status]} />
      }
      tools={tools}
    >
      <div data-organisation={block.id} data-status={block.status}>
        {block.status === 'stale' || block.status === 'unavailable' ? (
          <Alert severity="warning" title={t('organisation.unavailableTitle', { name })}>
            <p>
              {record && date
                ? t('organisation.cached', { date })
                : t('organisation.nothingCached')}
            </p>
          </Alert>
        ) : null}
        {block.status === 'no-file' ? <p>{t('organisation.noFile', { name })}</p> : null}
        {block.status === 'ok' && date ? <p>{t('organisation.freshness', { date })}</p> : null}
        {record ? (
          <>
            {record.rights.length > 0 ? (
              <ul>
                {record.rights.map((r) => (
                  <RightItem key={r.id} right={r} organisation={block.id} session={session} />
                ))}
              </ul>
            ) : (
              <p>{t('organisation.noRights')}</p>
            )}
            <Facts
              items={[
                ...(record.fileNumber
                  ? [{ label: t('organisation.fileNumber'), value: record.fileNumber }]
                  : []),
                ...(phone ? [{ label: t('organisation.phone'), value: phone }] : []),
              ]}
            />
          </>
        ) : null}
        {space ? (
          <ButtonLink
            to={space.url}
            priority="secondary"
            external={{ title: `${t('organisation.space', { name })} - ${t('common:newWindow')}` }}
          >
            {t('organisation.space', { name })}
          </ButtonLink>
        ) : null}
      </div>
    </Panel>
  );
}

const BADGE = {
  ok: 'success',
  stale: 'warning',
  unavailable: 'error',
  'no-file': 'info',
} as const;
