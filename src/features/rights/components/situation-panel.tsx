// "Ma situation": who the person is, their household, address and every social-security
// scheme they belong to (some people belong to several, e.g. employee and farmer).
import { useTranslation } from 'react-i18next';
import type { RightsResponse } from '../../../shared/contracts/rights.ts';
import { Facts, Panel } from '../../../shared/ui/panel.tsx';
import type { Session } from '../api/http.ts';
import { day } from '../lib/format.ts';
import { organisationShortName } from '../lib/organisations.ts';
import { ReportError } from './report-error.tsx';

export function SituationPanel(props: {
  readonly data: RightsResponse;
  readonly session: Session;
  readonly tools: React.ReactNode;
}) {
  const { data, session, tools } = props;
  const { t, i18n } = useTranslation('rights');
  const lang = i18n.language;
  const records = data.organisations.flatMap((b) => (b.record ? [b.record] : []));
  const address = records.find((r) => r.address)?.address;
  const household = records.find((r) => r.household)?.household;
  const regimes = records.flatMap((r) =>
    r.regimes.map((g) => ({ ...g, organisation: r.organisation })),
  );
  const kinds = new Set(regimes.map((g) => g.kind));
  const children = household?.children ?? [];
  return (
    <Panel id="situation" title={t('situation.title')} tools={tools}>
      <Facts
        items={[
          {
            label: t('situation.name'),
            value: `${data.person.givenName} ${data.person.familyName}`,
          },
          { label: t('situation.birthdate'), value: day(data.person.birthdate, lang) },
          {
            label: t('situation.address'),
            value: address
              ? `${address.line}, ${address.postalCode} ${address.commune}`
              : t('situation.unknown'),
          },
          {
            label: t('situation.couple'),
            value: household?.couple
              ? t(`situation.coupleStatus.${household.couple}`, { defaultValue: household.couple })
              : t('situation.unknown'),
          },
          ...(household?.partner
            ? [
                {
                  label: t('situation.partner'),
                  value: `${household.partner.givenName} ${household.partner.familyName}`,
                },
              ]
            : []),
          {
            label: t('situation.children', { count: children.length }),
            value:
              children.length === 0
                ? t('situation.noChildren')
                : children
                    .map((c) =>
                      t('situation.child', { name: c.givenName, date: day(c.birthdate, lang) }),
                    )
                    .join(' ; '),
          },
          {
            label: t('situation.regimes', { count: kinds.size }),
            value: (
              <ul>
                {regimes.map((g) => (
                  <li key={`${g.organisation}-${g.kind}-${g.caisse}`}>
                    {t('situation.regime', {
                      kind: t(`situation.regimeKind.${g.kind}`, { defaultValue: g.kind }),
                      caisse: g.caisse,
                      organisation: organisationShortName(g.organisation),
                    })}
                  </li>
                ))}
              </ul>
            ),
          },
        ]}
      />
      {kinds.size > 1 ? <p>{t('situation.severalRegimes')}</p> : null}
      <ReportError
        session={session}
        subject="situation"
        what={t('situation.title')}
        organisations={records.map((r) => r.organisation)}
      />
    </Panel>
  );
}
