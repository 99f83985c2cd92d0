// css_participation_forfaitaire: the monthly participation of a family whose resources are
// between the two C2S ceilings (from 8 € to 30 € per person according to age).
import type { BenefitDefinition, BenefitResult, Context, MonthPeriod } from '../../contract.ts';
import { euros } from '../../money.ts';
import { c2sParams as P } from '../../parameters/c2s.ts';
import { valueAt } from '../../parameters/resolve.ts';
import { asMonth } from '../../period.ts';
import { granted, notGranted } from '../result.ts';
import { c2sEvaluation } from './evaluation.ts';

function compute(ctx: Context, m: MonthPeriod): BenefitResult {
  const e = c2sEvaluation(ctx, m);
  const id = 'css_participation_forfaitaire';
  if (e.withParticipation) {
    const rates = valueAt(P.participation, m);
    const trace = [
      ...e.trace,
      {
        label: 'Participation mensuelle de la famille',
        value: e.participation,
        unit: 'currency' as const,
        formula:
          'par personne : 8 € avant 30 ans, 14 € de 30 à 49 ans, 21 € de 50 à 59 ans, 25 € de 60 à 69 ans, 30 € à partir de 70 ans',
        ref: rates.ref,
      },
    ];
    return { ...granted(id, m, e.participation, trace), missing: e.missing };
  }
  const reason = e.free
    ? {
        code: 'sans_participation',
        message: 'La C2S est accordée sans participation (voir la C2S gratuite).',
        ref: e.ceilings.base.ref,
      }
    : {
        code: 'ressources',
        message: `Les ressources des 12 derniers mois (${euros(e.resources)}) dépassent le plafond de la C2S avec participation (${euros(e.ceilings.withParticipation)}).`,
        ref: valueAt(P.majorationParticipation, m).ref,
      };
  return notGranted(id, m, reason, e.trace, e.free ? e.missing : []);
}

export const css_participation_forfaitaire: BenefitDefinition = {
  id: 'css_participation_forfaitaire',
  label: 'Complémentaire santé solidaire avec participation',
  periodicity: 'month',
  entity: 'famille',
  paidBy: ['cpam', 'msa'],
  compute: (ctx, period) => compute(ctx, asMonth(period)),
};
