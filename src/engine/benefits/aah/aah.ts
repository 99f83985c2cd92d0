// AAH: paid to each eligible person; the amount is the ceiling (raised by 50 % per dependent
// child) minus the person's own resources, at most the full rate. The household's amount is the
// sum over its members.
import type {
  BenefitDefinition,
  BenefitResult,
  Context,
  Individu,
  MissingInput,
  MonthPeriod,
  Reason,
  TraceStep,
} from '../../contract.ts';
import { childrenUnder } from '../../household/children.ts';
import { individus, known } from '../../household/inputs.ts';
import { euros, positive, roundCents } from '../../money.ts';
import { aahParams, REF_D821_2, REF_L821_1 } from '../../parameters/aah.ts';
import { at, valueAt } from '../../parameters/resolve.ts';
import { addMonths, asMonth } from '../../period.ts';
import { asiEligible } from '../asi/eligibility.ts';
import { aahEligibility } from './eligibility.ts';
import { aahResources } from './ressources.ts';

interface PersonResult {
  readonly amount: number;
  readonly trace?: TraceStep;
  readonly reason?: Reason;
  readonly missing: readonly MissingInput[];
}

function forPerson(ctx: Context, p: Individu, m: MonthPeriod, nbEnfants: number): PersonResult {
  const e = aahEligibility(ctx.household, p, m);
  if (!e.eligible) return { amount: 0, reason: e.reason, missing: e.missing };
  const max = valueAt(aahParams.montant, m);
  const ceiling = max.value * (1 + at(aahParams.majorationParEnfant, m) * nbEnfants);
  const res = aahResources(ctx, p, m);
  // An ASI paid the month before is deducted from the full rate (not cumulable).
  const last = addMonths(m, -1);
  const asi = asiEligible(p, last) ? (ctx.benefit('asi', last).byIndividu?.[p.id] ?? 0) : 0;
  const amount = roundCents(
    Math.min(max.value, positive(ceiling - res.monthly), positive(max.value - asi)),
  );
  const trace: TraceStep = {
    label: `AAH de ${p.id}`,
    value: amount,
    unit: 'currency',
    formula: `le plus petit du montant maximal (${euros(max.value)}) et de (plafond − ressources)`,
    ref: REF_L821_1,
    steps: [
      ...res.trace,
      {
        label: 'Plafond de ressources mensuel',
        value: roundCents(ceiling),
        unit: 'currency',
        formula: `${euros(max.value)} × (1 + 50 % × ${nbEnfants} enfant(s) à charge)`,
        ref: REF_D821_2,
      },
      { label: aahParams.montant.label, value: max.value, unit: 'currency', ref: max.ref },
      ...(asi > 0
        ? [
            {
              label: 'ASI perçue le mois précédent, déduite du montant maximal',
              value: asi,
              unit: 'currency' as const,
              ref: REF_L821_1,
            },
          ]
        : []),
    ],
  };
  if (amount > 0) return { amount, trace, missing: [] };
  return {
    amount: 0,
    trace,
    missing: [],
    reason: {
      code: 'ressources',
      message: `Les ressources de ${p.id} (${euros(res.monthly)} par mois) atteignent le plafond de ${euros(ceiling)}.`,
      ref: REF_D821_2,
    },
  };
}

function compute(ctx: Context, m: MonthPeriod): BenefitResult {
  const h = ctx.household;
  const nbEnfants = childrenUnder(h, m, 20).length;
  const persons = individus(h, [...h.famille.parents, ...h.famille.enfants]);
  const byIndividu: Record<string, number> = {};
  const trace: TraceStep[] = [];
  const reasons: Reason[] = [];
  const missing: MissingInput[] = [];
  for (const p of persons) {
    const r = forPerson(ctx, p, m, nbEnfants);
    byIndividu[p.id] = r.amount;
    if (r.trace) trace.push(r.trace);
    // A child with no disability recorded is not a claimant: no reason, no question about them.
    const concerned = h.famille.parents.includes(p.id) || known(p.inputs, 'taux_incapacite');
    if (r.reason && concerned) reasons.push(r.reason);
    if (concerned) missing.push(...r.missing);
  }
  const amount = roundCents(Object.values(byIndividu).reduce((s, v) => s + v, 0));
  const status = amount > 0 ? 'eligible' : missing.length > 0 ? 'incomplete' : 'ineligible';
  return {
    id: 'aah',
    period: m,
    status,
    amount,
    byIndividu,
    reasons: amount > 0 ? [] : reasons,
    missing,
    trace,
  };
}

export const aah: BenefitDefinition = {
  id: 'aah',
  label: 'Allocation aux adultes handicapés',
  periodicity: 'month',
  entity: 'individu',
  paidBy: ['caf', 'msa'],
  compute: (ctx, period) => compute(ctx, asMonth(period)),
};
