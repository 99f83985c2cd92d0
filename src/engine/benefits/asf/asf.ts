// Allocation de soutien familial: a parent raising children alone receives, per child under 20,
// a share of the BMAF, minus the alimony actually received.
import { granted, notGranted } from '../result.ts';
import type { BenefitDefinition, BenefitResult, Context, MonthPeriod } from '../../contract.ts';
import { childrenUnder } from '../../household/children.ts';
import { amount as monthly, isCouple, parents } from '../../household/inputs.ts';
import { euros, percent, roundCents } from '../../money.ts';
import { asfParams, REF_L523_1 } from '../../parameters/asf.ts';
import { bmaf } from '../../parameters/prestations-familiales.ts';
import { valueAt } from '../../parameters/resolve.ts';
import { asMonth } from '../../period.ts';

function compute(ctx: Context, period: MonthPeriod): BenefitResult {
  const h = ctx.household;
  if (isCouple(h)) {
    return notGranted('asf', period, {
      code: 'en_couple',
      message:
        'L’allocation de soutien familial est réservée au parent qui élève seul ses enfants.',
      ref: REF_L523_1,
    });
  }
  const kids = childrenUnder(h, period, 20);
  if (kids.length === 0) {
    return notGranted('asf', period, {
      code: 'sans_enfant',
      message: 'Il faut élever au moins un enfant de moins de 20 ans.',
      ref: REF_L523_1,
    });
  }
  const base = valueAt(bmaf, period);
  const rate = valueAt(asfParams.tauxSeulParent, period);
  const perChild = rate.value * base.value;
  const gross = perChild * kids.length;
  const alimony = parents(h).reduce(
    (s, p) => s + monthly(p.inputs, 'pensions_alimentaires_percues', period),
    0,
  );
  const net = Math.max(0, gross - alimony);
  const seuil = valueAt(asfParams.seuil, period);
  const amount = net > seuil.value ? roundCents(net) : 0;
  const trace = [
    {
      label: 'Montant par enfant',
      value: roundCents(perChild),
      unit: 'currency' as const,
      formula: `${percent(rate.value)} × ${euros(base.value)}`,
      ref: rate.ref,
    },
    { label: 'Enfants de moins de 20 ans', value: kids.length, unit: 'count' as const },
    {
      label: 'Pension alimentaire reçue, déduite',
      value: roundCents(alimony),
      unit: 'currency' as const,
    },
    {
      label: 'Allocation de soutien familial du mois',
      value: amount,
      unit: 'currency' as const,
      ref: REF_L523_1,
    },
  ];
  if (amount === 0) {
    return notGranted(
      'asf',
      period,
      {
        code: 'pension_suffisante',
        message: `La pension alimentaire reçue dépasse l’allocation (moins de ${euros(seuil.value)} restant).`,
        ref: seuil.ref,
      },
      trace,
    );
  }
  return granted('asf', period, amount, trace);
}

export const asf: BenefitDefinition = {
  id: 'asf',
  label: 'Allocation de soutien familial',
  periodicity: 'month',
  entity: 'famille',
  paidBy: ['caf', 'msa'],
  compute: (ctx, period) => compute(ctx, asMonth(period)),
};
