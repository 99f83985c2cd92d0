// One evaluation of the C2S for a month, shared by cmu_c (free C2S) and
// css_participation_forfaitaire (C2S with a participation): resources of the 12 previous months
// against the two ceilings; RSA recipients get the free C2S whatever their resources.
import type { Context, MissingInput, MonthPeriod, TraceStep } from '../../contract.ts';
import { age, enfants, known, parents, sumBefore } from '../../household/inputs.ts';
import { euros, roundCents } from '../../money.ts';
import { c2sParams as P, REF_L861_1 } from '../../parameters/c2s.ts';
import { at, valueAt } from '../../parameters/resolve.ts';
import { formatPeriod } from '../../period.ts';
import { ceilings, childrenCounted, type Ceilings } from './foyer.ts';
import { c2sResources } from './ressources.ts';

export interface C2sEvaluation {
  /** Young adults without children living on alimony are covered by their parents' foyer. */
  readonly open: boolean;
  readonly rsa: boolean;
  readonly resources: number;
  readonly ceilings: Ceilings;
  readonly free: boolean;
  readonly withParticipation: boolean;
  /** Monthly participation of the whole family (€). */
  readonly participation: number;
  readonly missing: readonly MissingInput[];
  readonly trace: readonly TraceStep[];
}

function participationOf(ageYears: number, amounts: readonly number[]): number {
  const band = ageYears < 30 ? 0 : ageYears <= 49 ? 1 : ageYears <= 59 ? 2 : ageYears <= 69 ? 3 : 4;
  return amounts[band] ?? 0;
}

function evaluate(ctx: Context, m: MonthPeriod): C2sEvaluation {
  const h = ctx.household;
  const members = [...parents(h), ...enfants(h)];
  const limit = at(P.ageLimitePac, m);
  const open =
    childrenCounted(h, m).length > 0 ||
    members.some((p) => (age(p, m) ?? 0) >= limit) ||
    members.every((p) => sumBefore(p.inputs, 'pensions_alimentaires_percues', m, 12) <= 0);
  const res = c2sResources(ctx, m);
  const c = ceilings(h, m);
  const rsa = ctx.benefit('rsa', m).amount > 0;
  const free = open && (rsa || res.total <= c.free);
  const withParticipation = open && !free && res.total <= c.withParticipation;
  const amounts = at(P.participation, m);
  const participation = withParticipation
    ? members.reduce((s, p) => s + participationOf(age(p, m) ?? 0, amounts), 0)
    : 0;
  const missing: MissingInput[] = known(h.menage.inputs, 'statut_occupation_logement')
    ? []
    : [{ variable: 'statut_occupation_logement', entity: 'menage', id: h.menage.id }];
  const trace: TraceStep[] = [
    ...res.trace,
    {
      label: `Plafond sans participation (${formatPeriod(m)})`,
      value: c.free,
      unit: 'currency',
      formula: `${euros(c.base.value)} × ${String(roundCents(c.coefficient)).replace('.', ',')}`,
      ref: c.base.ref,
    },
    {
      label: 'Plafond avec participation',
      value: roundCents(c.withParticipation),
      unit: 'currency',
      formula: `${euros(c.free)} × 1,35`,
      ref: valueAt(P.majorationParticipation, m).ref,
    },
    ...(rsa
      ? [
          {
            label: 'Allocataire du RSA : C2S sans participation de droit',
            value: true,
            ref: REF_L861_1,
          },
        ]
      : []),
  ];
  return {
    open,
    rsa,
    resources: res.total,
    ceilings: c,
    free,
    withParticipation,
    participation,
    missing,
    trace,
  };
}

export function c2sEvaluation(ctx: Context, m: MonthPeriod): C2sEvaluation {
  return ctx.memo(`c2s@${formatPeriod(m)}`, () => evaluate(ctx, m));
}
