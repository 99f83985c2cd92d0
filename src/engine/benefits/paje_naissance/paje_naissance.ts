// PAJE prime à la naissance: paid once, in the calendar month two months before the expected
// birth (7th month of pregnancy), per child expected, under the PAJE partial-rate ceiling (N-2)
// counted with the children to come.
import type { BenefitDefinition, BenefitResult, Context, MonthPeriod } from '../../contract.ts';
import { childrenUnder } from '../../household/children.ts';
import { enfants } from '../../household/inputs.ts';
import { REF_R532_3, ressourcesPrestationsFamiliales } from '../../household/ressources-pf.ts';
import { plafondPf } from '../../household/plafond-pf.ts';
import { euros, percent, roundCents } from '../../money.ts';
import { paje, primeNaissance, REF_L531_2 } from '../../parameters/paje.ts';
import { bmaf } from '../../parameters/prestations-familiales.ts';
import { at, valueAt } from '../../parameters/resolve.ts';
import { addMonths, asMonth, formatPeriod } from '../../period.ts';
import { granted, notGranted } from '../result.ts';

function compute(ctx: Context, period: MonthPeriod): BenefitResult {
  const h = ctx.household;
  const birthMonth = formatPeriod(addMonths(period, at(primeNaissance.moisAvantNaissance, period)));
  const expected = enfants(h).filter((c) => {
    const birth = c.inputs.date_naissance?.ETERNITY;
    return typeof birth === 'string' && birth.slice(0, 7) === birthMonth;
  }).length;
  if (expected === 0) {
    return notGranted('paje_naissance', period, {
      code: 'pas_de_naissance_attendue',
      message: `La prime à la naissance est versée le 7e mois de grossesse : aucune naissance n’est attendue en ${birthMonth}.`,
      ref: REF_L531_2,
    });
  }
  const n = childrenUnder(h, period, 20).length + expected;
  const base = valueAt(paje.plafondPartiel, period);
  const majorations = {
    deuxPremiers: at(paje.majorationDeuxPremiers, period),
    suivants: at(paje.majorationSuivants, period),
  };
  const { ceiling } = plafondPf(
    h,
    period,
    n,
    majorations,
    base.value,
    at(paje.majorationPartielBiactifIsole, period),
  );
  const res = ressourcesPrestationsFamiliales(h, period);
  const b = valueAt(bmaf, period);
  const taux = valueAt(primeNaissance.taux, period);
  const perChild = roundCents(taux.value * b.value);
  const trace = [
    { label: 'Naissances attendues', value: expected, unit: 'count' as const, ref: REF_L531_2 },
    {
      label: `Ressources ${period.year - 2} retenues`,
      value: res,
      unit: 'currency' as const,
      ref: REF_R532_3,
    },
    {
      label: `Plafond de ressources (${n} enfant${n > 1 ? 's' : ''}, y compris à naître)`,
      value: roundCents(ceiling),
      unit: 'currency' as const,
      ref: base.ref,
    },
    {
      label: 'Prime par enfant',
      value: perChild,
      unit: 'currency' as const,
      formula: `${percent(taux.value)} × ${euros(b.value)}`,
      ref: taux.ref,
    },
  ];
  if (res > ceiling) {
    return notGranted(
      'paje_naissance',
      period,
      {
        code: 'ressources',
        message: `Les ressources de ${period.year - 2} (${euros(res)}) dépassent le plafond (${euros(ceiling)}).`,
        ref: base.ref,
      },
      trace,
    );
  }
  const amount = roundCents(perChild * expected);
  return granted('paje_naissance', period, amount, [
    ...trace,
    { label: 'Prime à la naissance', value: amount, unit: 'currency', ref: REF_L531_2 },
  ]);
}

export const paje_naissance: BenefitDefinition = {
  id: 'paje_naissance',
  label: 'Prestation d’accueil du jeune enfant, prime à la naissance',
  periodicity: 'month',
  entity: 'famille',
  paidBy: ['caf', 'msa'],
  compute: (ctx, period) => compute(ctx, asMonth(period)),
};
