// The structure's mandates: who, which domains, until when, the status, "à renouveler" within
// 30 days of the end, and the ways to act or renew (the person consents again).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MANDATE_DURATIONS,
  type MandateCreated,
  type MandateDuration,
  type MandateView,
} from '../../../shared/contracts/assisted.ts';
import { Badge } from '../../../shared/ui/badge.tsx';
import { Button, ButtonLink } from '../../../shared/ui/button.tsx';
import { DataTable } from '../../../shared/ui/data-table.tsx';
import { Alert } from '../../../shared/ui/notice.tsx';
import { Section } from '../../../shared/ui/page.tsx';
import { ApiError } from '../api/http.ts';
import { renewMandate, useMandates } from '../api/queries.ts';
import { formatDate } from '../lib/format.ts';
import { ConsentStep } from './consent-step.tsx';
import { DomainList } from './domain-list.tsx';

const durationOf = (m: MandateView): MandateDuration =>
  (MANDATE_DURATIONS as readonly number[]).includes(m.durationDays)
    ? (m.durationDays as MandateDuration)
    : 365;

export function MandateTable({ csrf }: { readonly csrf: string }) {
  const { t, i18n } = useTranslation('assisted');
  const mandates = useMandates();
  const [renewal, setRenewal] = useState<MandateCreated>();
  const [failed, setFailed] = useState<string>();
  const renew = (m: MandateView) => {
    setFailed(undefined);
    renewMandate(csrf, m.id, durationOf(m)).then(setRenewal, (error: unknown) => {
      setFailed(error instanceof ApiError ? error.message : t('mandates.renewFailed'));
    });
  };
  const person = (m: MandateView) =>
    m.person ? `${m.person.givenName} ${m.person.familyName}` : t('mandates.pendingPerson');
  const list = mandates.data?.mandates ?? [];
  return (
    <Section title={t('mandates.title')}>
      <div role="status">
        {mandates.isPending ? <p>{t('mandates.loading')}</p> : null}
        {mandates.isSuccess && list.length === 0 ? <p>{t('mandates.empty')}</p> : null}
      </div>
      {mandates.isError ? (
        <Alert severity="error" live>
          {t('mandates.failed')}
        </Alert>
      ) : null}
      {list.length > 0 ? (
        <DataTable
          caption={t('mandates.caption')}
          headers={[
            t('mandates.person'),
            t('mandates.domains'),
            t('mandates.end'),
            t('mandates.status'),
            t('mandates.actions'),
          ]}
          rows={list.map((m) => ({
            key: m.id,
            cells: [
              person(m),
              <DomainList key="d" domains={m.domains} />,
              formatDate(m.endsAt, i18n.language),
              <>
                <Badge label={t(`status.${m.status}`)} />
                {m.renewalDue ? (
                  <Badge label={t('mandates.renewalDue')} severity="warning" />
                ) : null}
              </>,
              <>
                {m.status === 'actif' ? (
                  <ButtonLink to={`/accompagnement/mandats/${m.id}`} priority="secondary">
                    {t('mandates.act', { person: person(m) })}
                  </ButtonLink>
                ) : null}
                {m.status === 'actif' && m.renewalDue ? (
                  <Button
                    priority="tertiary"
                    onClick={() => {
                      renew(m);
                    }}
                  >
                    {t('mandates.renew', { person: person(m) })}
                  </Button>
                ) : null}
              </>,
            ],
          }))}
        />
      ) : null}
      {failed ? (
        <Alert severity="error" live>
          {failed}
        </Alert>
      ) : null}
      {renewal ? <ConsentStep created={renewal} /> : null}
    </Section>
  );
}
