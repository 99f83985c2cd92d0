// "Mon activité professionnelle": each job declared by an employer, with its pay per month.
import { useTranslation } from 'react-i18next';
import type { RightsResponse } from '../../../shared/contracts/rights.ts';
import { DataTable } from '../../../shared/ui/data-table.tsx';
import { Facts, ItemTitle, Panel } from '../../../shared/ui/panel.tsx';
import type { Session } from '../api/http.ts';
import { day, euros, monthLabel } from '../lib/format.ts';
import { subjectId } from '../lib/organisations.ts';
import { ReportError } from './report-error.tsx';

export function ActivityPanel(props: {
  readonly data: RightsResponse;
  readonly session: Session;
  readonly tools: React.ReactNode;
}) {
  const { data, session, tools } = props;
  const { t, i18n } = useTranslation('rights');
  const lang = i18n.language;
  // Several organisations may see the same job: show it once, from the first that declares it.
  const seen = new Set<string>();
  const jobs = data.organisations.flatMap((b) =>
    (b.record?.activity ?? []).flatMap((job) => {
      const key = `${job.siret}-${job.start}`;
      if (seen.has(key)) return [];
      seen.add(key);
      return [{ job, organisation: b.id }];
    }),
  );
  return (
    <Panel id="activity" title={t('activity.title')} tools={tools}>
      {jobs.length === 0 ? <p>{t('activity.none')}</p> : null}
      {jobs.map(({ job, organisation }) => (
        <div key={`${job.siret}-${job.start}`}>
          <ItemTitle>{job.employer}</ItemTitle>
          <Facts
            items={[
              { label: t('activity.jobTitle'), value: job.jobTitle },
              { label: t('activity.contract'), value: job.contract },
              {
                label: t('activity.period'),
                value: job.end
                  ? t('activity.from_to', { start: day(job.start, lang), end: day(job.end, lang) })
                  : t('activity.since', { start: day(job.start, lang) }),
              },
              {
                label: t('activity.hours'),
                value: t('activity.hoursValue', { hours: job.weeklyHours }),
              },
              { label: t('activity.siret'), value: job.siret },
            ]}
          />
          {job.pay.length > 0 ? (
            <DataTable
              caption={t('activity.payCaption', { employer: job.employer })}
              headers={[t('activity.month'), t('activity.pay')]}
              rows={job.pay.map((p) => ({
                key: p.month,
                cells: [monthLabel(p.month, lang), euros(p.amountCents, lang)],
              }))}
            />
          ) : null}
          <ReportError
            session={session}
            subject={subjectId('activity', job.siret)}
            what={job.employer}
            organisations={[organisation]}
          />
        </div>
      ))}
    </Panel>
  );
}
