// Allocations familiales: from the second child under 20, a share of the BMAF, raised for older
// children, reduced above the resource ceilings (N-2) with a complément dégressif.
import type { BenefitDefinition, BenefitResult, Context, MonthPeriod } from '../../contract.ts';
import { granted, notGranted } from '../result.ts';
import { REF_L521_1 } from '../../parameters/prestations-familiales.ts';
import { asMonth } from '../../period.ts';
import { afParts } from './parts.ts';
import { missingBirthDates } from '../../household/missing.ts';

function compute(ctx: Context, period: MonthPeriod): BenefitResult {
  const h = ctx.household;
  const p = afParts(ctx, period);
  if (p.children < 2) {
    const missing = missingBirthDates(h, h.famille.enfants);
    return notGranted(
      'af',
      period,
      {
        code: 'moins_de_deux_enfants',
        message:
          'Les allocations familiales sont versées à partir de deux enfants de moins de 20 ans à charge.',
        ref: REF_L521_1,
      },
      p.trace,
      missing,
    );
  }
  return granted('af', period, p.total, [
    ...p.trace,
    { label: 'Allocations familiales du mois', value: p.total, unit: 'currency', ref: REF_L521_1 },
  ]);
}

export const af: BenefitDefinition = {
  id: 'af',
  label: 'Allocations familiales',
  periodicity: 'month',
  entity: 'famille',
  paidBy: ['caf', 'msa'],
  compute: (ctx, period) => compute(ctx, asMonth(period)),
};
