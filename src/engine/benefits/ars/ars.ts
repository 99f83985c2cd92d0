// Allocation de rentrée scolaire (yearly, paid for the September school start): per child by
// age on 31 December, reduced by what the N-2 resources exceed the ceiling.
import { granted, notGranted } from '../result.ts';
import type { BenefitDefinition, BenefitResult, Context, Period } from '../../contract.ts';
import { financiallyIndependent, childrenUnder } from '../../household/children.ts';
import { age, ageInMonths, enfants } from '../../household/inputs.ts';
import { REF_R532_3, ressourcesPrestationsFamiliales } from '../../household/ressources-pf.ts';
import { euros, positive, roundCents } from '../../money.ts';
import { arsParams, REF_L543_1 } from '../../parameters/ars.ts';
import { bmaf } from '../../parameters/prestations-familiales.ts';
import { at, valueAt } from '../../parameters/resolve.ts';
import { month } from '../../period.ts';

function compute(ctx: Context, year: number): BenefitResult {
  const h = ctx.household;
  const period: Period = { unit: 'year', year };
  const october = month(year, 10);
  const december = month(year, 12);
  const count = (min: number, max: number) =>
    enfants(h).filter((c) => {
      const a = age(c, december);
      return a !== undefined && a >= min && a <= max && !financiallyIndependent(c, december);
    }).length;
  const primaire = count(6, 10);
  const college = count(11, 14);
  const eighteen = enfants(h).filter((c) => {
    const m = ageInMonths(c, december);
    return m !== undefined && m >= 216 && m <= 218 && !financiallyIndependent(c, december);
  }).length;
  const lycee = count(15, 17) + eighteen;
  if (primaire + college + lycee === 0) {
    return notGranted('ars', period, {
      code: 'pas_enfant_scolarise',
      message: `Aucun enfant de 6 à 18 ans au 31 décembre ${year}.`,
      ref: REF_L543_1,
    });
  }
  const base = valueAt(bmaf, october);
  const gross =
    base.value *
    (at(arsParams.tauxPrimaire, october) * primaire +
      at(arsParams.tauxCollege, october) * college +
      at(arsParams.tauxLycee, october) * lycee);
  const nbenf = childrenUnder(h, october, 20).length;
  const ceiling =
    at(arsParams.plafond, october) * (1 + nbenf * at(arsParams.majorationParEnfant, october));
  const res = ressourcesPrestationsFamiliales(h, month(year, 1));
  const net = positive(gross - positive(res - ceiling));
  const amount = net >= at(arsParams.minimum, october) ? roundCents(net) : 0;
  const trace = [
    {
      label: 'Enfants de 6 à 10 ans, 11 à 14 ans, 15 à 18 ans',
      value: `${primaire} / ${college} / ${lycee}`,
      ref: valueAt(arsParams.tauxPrimaire, october).ref,
    },
    {
      label: 'Montant avant condition de ressources',
      value: roundCents(gross),
      unit: 'currency' as const,
      formula: `BMAF d’octobre ${euros(base.value)}`,
      ref: base.ref,
    },
    {
      label: `Ressources ${year - 2} et plafond`,
      value: res,
      unit: 'currency' as const,
      formula: `plafond ${euros(ceiling)}`,
      ref: REF_R532_3,
    },
    {
      label: `Allocation de rentrée scolaire ${year}`,
      value: amount,
      unit: 'currency' as const,
      ref: REF_L543_1,
    },
  ];
  if (amount === 0) {
    return notGranted(
      'ars',
      period,
      {
        code: 'ressources',
        message: `Les ressources de ${year - 2} dépassent le plafond (${euros(ceiling)}).`,
        ref: valueAt(arsParams.plafond, october).ref,
      },
      trace,
    );
  }
  return granted('ars', period, amount, trace);
}

export const ars: BenefitDefinition = {
  id: 'ars',
  label: 'Allocation de rentrée scolaire',
  periodicity: 'year',
  entity: 'famille',
  paidBy: ['caf', 'msa'],
  compute: (ctx, period) => compute(ctx, period.year),
};
