// Prime d'activité: the mean of the prime computed for each of the 3 previous months (each
// with its own law and resources), for households where someone worked in those months;
// not paid under 15 €.
import type {
  Activite,
  BenefitDefinition,
  BenefitResult,
  Context,
  MonthPeriod,
} from '../../contract.ts';
import { state } from '../../household/inputs.ts';
import { euros, roundCents } from '../../money.ts';
import { ppaParams, REF_L842_2, REF_L842_3 } from '../../parameters/ppa.ts';
import { at, valueAt } from '../../parameters/resolve.ts';
import { HOURS_PER_MONTH, smicHoraireBrut } from '../../parameters/smic.ts';
import { asMonth, previousMonths } from '../../period.ts';
import { granted, notGranted } from '../result.ts';
import { ppaMois } from './fictive.ts';
import { ppaFoyer } from './foyer.ts';
import { revenuActivite } from './ressources.ts';
import { missingBirthDates } from '../../household/missing.ts';

/** Someone worked in the quarter; students and apprentices must have earned above 55 % of
 * the SMIC in each of the 3 months (L842-2). */
function worked(ctx: Context, m: MonthPeriod, months: readonly MonthPeriod[]): boolean {
  const floor = HOURS_PER_MONTH * at(smicHoraireBrut, m) * at(ppaParams.plancherApprenant, m);
  return ctx.household.famille.parents.some((id) => {
    const student =
      state<Activite | ''>(ctx.household.individus[id]?.inputs ?? {}, 'activite', m, '') ===
      'etudiant';
    const earnings = months.map((p) => revenuActivite(ctx, id, p));
    return student ? earnings.every((e) => e > floor) : earnings.some((e) => e > 0);
  });
}

function compute(ctx: Context, period: MonthPeriod): BenefitResult {
  const months = previousMonths(period, 3);
  const missing = missingBirthDates(ctx.household, ctx.household.famille.parents);
  if (!ppaFoyer(ctx, period).majore && !worked(ctx, period, months)) {
    return notGranted(
      'ppa',
      period,
      {
        code: 'pas_de_revenu_activite',
        message:
          'La prime d’activité complète des revenus du travail : aucun revenu d’activité (ou, pour un étudiant ou un apprenti, pas au-dessus de 55 % du SMIC chaque mois) sur les trois derniers mois.',
        ref: REF_L842_2,
      },
      [
        {
          label: 'Revenus d’activité des parents sur les trois mois précédents',
          value: roundCents(
            ctx.household.famille.parents.reduce(
              (s, id) => s + months.reduce((t, p) => t + revenuActivite(ctx, id, p), 0),
              0,
            ),
          ),
          unit: 'currency',
          ref: REF_L842_2,
        },
      ],
      missing,
    );
  }
  const byMonth = months.map((p) => ppaMois(ctx, p));
  const mean = byMonth.reduce((s, r) => s + r.amount, 0) / 3;
  const trace = [
    ...byMonth.map((r) => r.trace),
    {
      label: 'Moyenne des trois mois précédents',
      value: roundCents(mean),
      unit: 'currency' as const,
      formula: byMonth.map((r) => euros(r.amount)).join(' + ') + ' ÷ 3',
      ref: REF_L842_3,
    },
  ];
  const minimum = valueAt(ppaParams.montantMinimumVerse, period);
  if (mean < minimum.value) {
    return notGranted(
      'ppa',
      period,
      {
        code: mean > 0 ? 'sous_seuil_versement' : 'ressources',
        message:
          mean > 0
            ? `Le montant calculé (${euros(mean)}) est inférieur au minimum versé (${euros(minimum.value)}).`
            : 'Les ressources du foyer dépassent le montant de la prime sur les trois derniers mois.',
        ref: mean > 0 ? minimum.ref : REF_L842_3,
      },
      trace,
      missing,
    );
  }
  const paid = roundCents(mean);
  return granted('ppa', period, paid, [
    ...trace,
    { label: 'Prime d’activité du mois', value: paid, unit: 'currency', ref: REF_L842_3 },
  ]);
}

export const ppa: BenefitDefinition = {
  id: 'ppa',
  label: 'Prime d’activité',
  periodicity: 'month',
  entity: 'famille',
  paidBy: ['caf', 'msa'],
  compute: (ctx, period) => compute(ctx, asMonth(period)),
};
