// "Faire la demande": where to apply for a benefit, by the organisations that pay it (CAF or
// MSA for family and housing benefits, Assurance Maladie for C2S, Assurance retraite or MSA
// for ASPA). Links come from the shared registry of organisations.
import { useTranslation } from 'react-i18next';
import { ButtonLink, ButtonsGroup } from '../../../shared/ui/button.tsx';
import type { BenefitInfo } from '../api/engine.ts';
import { applyTargets } from '../utils/apply.ts';

export function ApplyLinks({ info }: { readonly info: BenefitInfo }) {
  const { t, i18n } = useTranslation('simulate');
  const targets = applyTargets(info, i18n.language);
  if (targets.length === 0) return null;
  return (
    <ButtonsGroup>
      {targets.map((target) => {
        return (
          <ButtonLink
            key={target.id}
            to={target.url}
            priority="secondary"
            external={{ title: t('results.newWindow', { label: target.label }) }}
          >
            {target.label}
          </ButtonLink>
        );
      })}
    </ButtonsGroup>
  );
}
