// The plain summary the person reads before giving a mandate, with its FALC version ("facile à
// lire et à comprendre": short sentences, one idea each) one click away.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MandateSummary as Summary } from '../../../shared/contracts/assisted.ts';
import { Button } from '../../../shared/ui/button.tsx';
import { formatDate } from '../lib/format.ts';
import { useDomainLabel } from './domain-list.tsx';

export function MandateSummary({ summary }: { readonly summary: Summary }) {
  const { t, i18n } = useTranslation('assisted');
  const label = useDomainLabel();
  const [easy, setEasy] = useState(false);
  const values = {
    structure: summary.structure.name,
    agent: `${summary.agent.givenName} ${summary.agent.usualName}`,
    end: formatDate(summary.endsAt, i18n.language),
    days: summary.durationDays,
  };
  return (
    <div data-testid="mandate-summary" lang={i18n.language}>
      <h2>{easy ? t('summary.easyTitle') : t('summary.title')}</h2>
      {easy ? (
        <>
          <p>{t('summary.easy.who', values)}</p>
          <p>{t('summary.easy.what')}</p>
          <ul>
            {summary.domains.map((d) => (
              <li key={d}>{label(d)}</li>
            ))}
          </ul>
          <p>{t('summary.easy.until', values)}</p>
          <p>{t('summary.easy.stop')}</p>
          <p>{t('summary.easy.password')}</p>
        </>
      ) : (
        <>
          <p>{t('summary.plain.who', values)}</p>
          <p>{t('summary.plain.domains')}</p>
          <ul>
            {summary.domains.map((d) => (
              <li key={d}>{label(d)}</li>
            ))}
          </ul>
          <p>{t('summary.plain.until', values)}</p>
          <p>{t('summary.plain.journal')}</p>
          <p>{t('summary.plain.revoke')}</p>
        </>
      )}
      <Button
        priority="tertiary"
        onClick={() => {
          setEasy((v) => !v);
        }}
      >
        {easy ? t('summary.showPlain') : t('summary.showEasy')}
      </Button>
    </div>
  );
}
