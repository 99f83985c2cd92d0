// /simuler/recapitulatif: every answer, step by step, each with a link to change it.
import { useTranslation } from 'react-i18next';
import { STEPS, byStep, plan } from '../../../engine/questions/index.ts';
import { usePageTitle } from '../../../shared/hooks/use-page-title.ts';
import { ButtonLink, ButtonsGroup } from '../../../shared/ui/button.tsx';
import { SrOnly } from '../../../shared/ui/sr-only.tsx';
import { PageContainer, PageTitle, Section, TextLink } from '../../../shared/ui/page.tsx';
import { useSimulation } from '../hooks/simulation-context.tsx';
import { usePlanOptions } from '../hooks/use-plan-options.ts';
import { answerText } from '../utils/answer-text.ts';
import { labelOf } from '../utils/validate.ts';

export function SummaryPage() {
  const { t, i18n } = useTranslation('simulate');
  usePageTitle(t('summary.title'));
  const { draft } = useSimulation();
  const optionsOf = usePlanOptions();
  const answered = plan(draft.answers, optionsOf(draft.answers)).filter(
    (q) => q.key in draft.answers,
  );
  const groups = byStep(answered);
  return (
    <PageContainer>
      <PageTitle>{t('summary.title')}</PageTitle>
      <p>{answered.length > 0 ? t('summary.intro') : t('summary.empty')}</p>
      {STEPS.filter((s) => groups.has(s)).map((s) => (
        <Section key={s} title={t(`steps.${s}`)}>
          <dl>
            {(groups.get(s) ?? []).map((q) => {
              const { key, params } = labelOf(q);
              const question = t(key, params);
              return (
                <div key={q.key}>
                  <dt>{question}</dt>
                  <dd>
                    {answerText(q, draft.answers[q.key], t, i18n.language)}{' '}
                    <TextLink
                      to={`/simuler/questions?q=${encodeURIComponent(q.key)}&retour=recapitulatif`}
                    >
                      {t('nav.edit')}
                      <SrOnly>{` : ${question}`}</SrOnly>
                    </TextLink>
                  </dd>
                </div>
              );
            })}
          </dl>
        </Section>
      ))}
      <ButtonsGroup>
        <ButtonLink to="/simuler/resultats">{t('nav.results')}</ButtonLink>
        <ButtonLink to="/simuler/questions" priority="secondary">
          {t('entry.resume')}
        </ButtonLink>
      </ButtonsGroup>
    </PageContainer>
  );
}
