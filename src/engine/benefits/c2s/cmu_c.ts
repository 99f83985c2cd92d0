// cmu_c: the free complémentaire santé solidaire (no participation). A yes/no answer: the
// amount is 0 € and the status says whether it is granted.
import type { BenefitDefinition, BenefitResult, Context, MonthPeriod } from '../../contract.ts';
import { euros } from '../../money.ts';
import { REF_L861_1 } from '../../parameters/c2s.ts';
import { asMonth } from '../../period.ts';
import { granted, notGranted } from '../result.ts';
import { c2sEvaluation } from './evaluation.ts';

function compute(ctx: Context, m: MonthPeriod): BenefitResult {
  const e = c2sEvaluation(ctx, m);
  if (e.free) return { ...granted('cmu_c', m, 0, e.trace), missing: e.missing };
  return notGranted(
    'cmu_c',
    m,
    e.open
      ? {
          code: 'ressources',
          message: `Les ressources des 12 derniers mois (${euros(e.resources)}) dépassent le plafond de la C2S sans participation (${euros(e.ceilings.free)}).`,
          ref: e.ceilings.base.ref,
        }
      : {
          code: 'foyer_parents',
          message:
            'Une personne de moins de 25 ans qui reçoit une pension alimentaire relève du foyer de ses parents pour la C2S.',
          ref: REF_L861_1,
        },
    // More resources (the housing allowance) cannot open the right: nothing left to ask.
    e.trace,
  );
}

export const cmu_c: BenefitDefinition = {
  id: 'cmu_c',
  label: 'Complémentaire santé solidaire sans participation',
  periodicity: 'month',
  entity: 'famille',
  valueType: 'boolean',
  paidBy: ['cpam', 'msa'],
  compute: (ctx, period) => compute(ctx, asMonth(period)),
};
