// Who can receive the AAH: an incapacity of 80 % or more, or of 50 to 79 % with a substantial
// and lasting restriction of access to employment (until the legal retirement age); aged 20, or
// 16 once no longer a dependent child for family benefits.
import type { Household, Individu, MissingInput, MonthPeriod, Reason } from '../../contract.ts';
import { childrenUnder } from '../../household/children.ts';
import { age, known, state } from '../../household/inputs.ts';
import { percent } from '../../money.ts';
import { aahParams } from '../../parameters/aah.ts';
import { at, valueAt } from '../../parameters/resolve.ts';

export type AahEligibility =
  | { readonly eligible: true }
  | { readonly eligible: false; readonly reason: Reason; readonly missing: MissingInput[] };

const miss = (p: Individu, variable: string): MissingInput => ({
  variable,
  entity: 'individu',
  id: p.id,
});

export function aahEligibility(h: Household, p: Individu, m: MonthPeriod): AahEligibility {
  const a = age(p, m);
  const taux = state<number>(p.inputs, 'taux_incapacite', m, 0);
  const rsdae = state<boolean>(
    p.inputs,
    'aah_restriction_substantielle_durable_acces_emploi',
    m,
    false,
  );
  const full = valueAt(aahParams.tauxIncapacite, m);
  const partial = valueAt(aahParams.tauxIncapaciteRsdae, m);
  const retirement = valueAt(aahParams.ageLegalRetraite, m);
  const byRate =
    taux >= full.value ||
    (taux >= partial.value && rsdae && a !== undefined && a <= retirement.value);
  if (!byRate) {
    const missing: MissingInput[] = [];
    if (!known(p.inputs, 'taux_incapacite'))
      missing.push(miss(p, known(p.inputs, 'handicap') ? 'taux_incapacite' : 'handicap'));
    else if (
      taux >= partial.value &&
      !known(p.inputs, 'aah_restriction_substantielle_durable_acces_emploi')
    )
      missing.push(miss(p, 'aah_restriction_substantielle_durable_acces_emploi'));
    if (taux >= partial.value && a === undefined) missing.push(miss(p, 'date_naissance'));
    const message =
      taux >= partial.value && rsdae
        ? `Avec un taux d’incapacité inférieur à ${percent(full.value)}, l’AAH s’arrête à l’âge légal de départ à la retraite (${retirement.value} ans).`
        : taux >= partial.value
          ? `Avec un taux d’incapacité de ${percent(partial.value)} à ${percent(full.value)} non compris, il faut une restriction substantielle et durable d’accès à l’emploi reconnue par la CDAPH.`
          : `L’AAH demande un taux d’incapacité d’au moins ${percent(full.value)}, ou d’au moins ${percent(partial.value)} avec une restriction substantielle et durable d’accès à l’emploi.`;
    const ref = taux >= partial.value && rsdae ? retirement.ref : full.ref;
    return { eligible: false, reason: { code: 'incapacite', message, ref }, missing };
  }
  const dependent = childrenUnder(h, m, 20).some((c) => c.id === p.id);
  const minAge = at(aahParams.ageMinimal, m);
  const endOfEducation = at(aahParams.ageFinEducation, m);
  if (a === undefined || !(a >= minAge || (a >= endOfEducation && !dependent))) {
    return {
      eligible: false,
      reason: {
        code: 'age',
        message: `L’AAH est ouverte à partir de ${minAge} ans, ou de ${endOfEducation} ans pour une personne qui n’est plus à la charge de sa famille au sens des prestations familiales.`,
        ref: valueAt(aahParams.ageMinimal, m).ref,
      },
      missing: a === undefined ? [miss(p, 'date_naissance')] : [],
    };
  }
  return { eligible: true };
}
