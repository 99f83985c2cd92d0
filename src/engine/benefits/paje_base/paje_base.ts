// PAJE allocation de base: for a child under 3, full or half rate depending on N-2 resources.
import { granted, notGranted } from '../result.ts';
import type { BenefitDefinition, BenefitResult, Context, MonthPeriod } from '../../contract.ts';
import { childrenUnder, financiallyIndependent } from '../../household/children.ts';
import { age, enfants } from '../../household/inputs.ts';
import { REF_R532_3, ressourcesPrestationsFamiliales } from '../../household/ressources-pf.ts';
import { plafondPf } from '../../household/plafond-pf.ts';
import { euros, percent, roundCents } from '../../money.ts';
import { paje, REF_L531_3 } from '../../parameters/paje.ts';
import { bmaf } from '../../parameters/prestations-familiales.ts';
import { at, valueAt } from '../../parameters/resolve.ts';
import { asMonth } from '../../period.ts';

function compute(ctx: Context, period: MonthPeriod): BenefitResult {
  const h = ctx.household;
  // As in the reference model (OpenFisca enfant_eligible_paje: age < 3, no lower bound), a
  // child expected later (negative age) already counts, while the ceiling counts born children
  // only; the prime d'activité and the RSA of the months before a birth depend on it.
  const limit = at(paje.ageLimite, period);
  const young = enfants(h).filter((c) => {
    const a = age(c, period);
    return a !== undefined && a < limit && !financiallyIndependent(c, period);
  });
  if (young.length === 0) {
    return notGranted('paje_base', period, {
      code: 'pas_enfant_moins_3_ans',
      message: 'L’allocation de base est versée pour un enfant de moins de 3 ans.',
      ref: REF_L531_3,
    });
  }
  const n = childrenUnder(h, period, 20).length;
  const majorations = {
    deuxPremiers: at(paje.majorationDeuxPremiers, period),
    suivants: at(paje.majorationSuivants, period),
  };
  const ceiling = (base: number, extra: number) =>
    plafondPf(h, period, n, majorations, base, extra).ceiling;
  const plein = ceiling(
    at(paje.plafondPlein, period),
    at(paje.majorationPleinBiactifIsole, period),
  );
  const partiel = ceiling(
    at(paje.plafondPartiel, period),
    at(paje.majorationPartielBiactifIsole, period),
  );
  const res = ressourcesPrestationsFamiliales(h, period);
  const base = valueAt(bmaf, period);
  const rate = valueAt(paje.tauxPlein, period);
  const full = rate.value * base.value;
  const amount = roundCents(res <= plein ? full : res <= partiel ? full / 2 : 0);
  const trace = [
    {
      label: `Ressources ${period.year - 2} retenues`,
      value: res,
      unit: 'currency' as const,
      ref: REF_R532_3,
    },
    {
      label: 'Plafond du taux plein',
      value: roundCents(plein),
      unit: 'currency' as const,
      ref: valueAt(paje.plafondPlein, period).ref,
    },
    { label: 'Plafond du taux partiel', value: roundCents(partiel), unit: 'currency' as const },
    {
      label: 'Montant à taux plein',
      value: roundCents(full),
      unit: 'currency' as const,
      formula: `${percent(rate.value)} × ${euros(base.value)}`,
      ref: rate.ref,
    },
    {
      label: 'Allocation de base du mois',
      value: amount,
      unit: 'currency' as const,
      ref: REF_L531_3,
    },
  ];
  if (amount === 0) {
    return notGranted(
      'paje_base',
      period,
      {
        code: 'ressources',
        message: `Les ressources de ${period.year - 2} dépassent le plafond (${euros(partiel)}).`,
        ref: REF_R532_3,
      },
      trace,
    );
  }
  return granted('paje_base', period, amount, trace);
}

export const paje_base: BenefitDefinition = {
  id: 'paje_base',
  label: 'Prestation d’accueil du jeune enfant, allocation de base',
  periodicity: 'month',
  entity: 'famille',
  paidBy: ['caf', 'msa'],
  compute: (ctx, period) => compute(ctx, asMonth(period)),
};
