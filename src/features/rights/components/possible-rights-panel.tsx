// "Vous pourriez avoir droit à…": benefits the engine grants on the connected data that no
// organisation pays today, each with its estimate, why, and the simulator prefilled.
import { useTranslation } from 'react-i18next';
import type { PossibleRight } from '../../../shared/contracts/possible-rights.ts';
import { Accordion } from '../../../shared/ui/accordion.tsx';
import { ButtonLink } from '../../../shared/ui/button.tsx';
import { Alert } from '../../../shared/ui/notice.tsx';
import { ItemTitle, Panel } from '../../../shared/ui/panel.tsx';
import { usePossibleRights } from '../api/queries.ts';
import { euros } from '../lib/format.ts';
import { organisationShortName } from '../lib/organisations.ts';

export function PossibleRightsPanel({ tools }: { readonly tools: React.ReactNode }) {
  const { t, i18n } = useTranslation('rights');
  const query = usePossibleRights();
  const lang = i18n.language;
  const amount = (r: PossibleRight) =>
    r.kind === 'coverage'
      ? r.amountCents === 0
        ? t('possible.free')
        : t('possible.participation', { amount: euros(r.amountCents, lang) })
      : t(`possible.per.${r.periodicity}`, { amount: euros(r.amountCents, lang) });
  return (
    <Panel id="possible" title={t('possible.title')} tools={tools}>
      <div role="status">{query.isPending ? <p>{t('possible.loading')}</p> : null}</div>
      {query.isError ? (
        <Alert severity="error" live>
          {t('possible.failed')}
        </Alert>
      ) : null}
      {query.data?.status === 'partial' ? (
        <p>
          {t('possible.partial', {
            organisations: query.data.unavailable.map(organisationShortName).join(', '),
          })}
        </p>
      ) : null}
      {query.data?.status === 'complete' && query.data.rights.length === 0 ? (
        <p>{t('possible.none')}</p>
      ) : null}
      {query.data && query.data.rights.length > 0 ? (
        <>
          <p>{t('possible.lead')}</p>
          <ul>
            {query.data.rights.map((r) => (
              <li key={r.id} data-possible={r.id}>
                <ItemTitle>{r.label}</ItemTitle>
                <p>
                  {t('possible.estimate', { amount: amount(r) })}{' '}
                  {t('possible.paidBy', {
                    organisations: r.paidBy.map(organisationShortName).join(', '),
                  })}
                </p>
                <Accordion title={t('possible.why', { label: r.label })} level={4}>
                  <ul>
                    {r.explanation.steps.map((s, n) => (
                      <li key={n}>
                        {t('possible.step', {
                          label: s.label,
                          value:
                            typeof s.value === 'number' && s.unit === 'currency'
                              ? euros(Math.round(s.value * 100), lang)
                              : String(s.value),
                        })}
                      </li>
                    ))}
                  </ul>
                </Accordion>
                <ButtonLink to={r.simulateUrl} priority="secondary">
                  {t('possible.simulate', { label: r.label })}
                </ButtonLink>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Panel>
  );
}
