// Allocations familiales: from the second child under 20, a share of the BMAF, raised for older
// children, reduced above the resource ceilings (N-2).
import type {
  BenefitDefinition,
  BenefitResult,
  Context,
  MonthPeriod,
  TraceStep,
} from '../../contract.ts';
import { granted, notGranted } from '../result.ts';
import { age } from '../../household/inputs.ts';
import { childrenAged, childrenUnder } from '../../household/children.ts';
import { REF_R532_3, ressourcesPrestationsFamiliales } from '../../household/ressources-pf.ts';
import { euros, percent, roundCents } from '../../money.ts';
import { afPlafonds, afTaux, bmaf, REF_L521_1 } from '../../parameters/prestations-familiales.ts';
import { valueAt } from '../../parameters/resolve.ts';
import { asMonth } from '../../period.ts';

const REFORM_BIRTH = '2012-03-01';

function compute(ctx: Context, period: MonthPeriod): BenefitResult {
  const h = ctx.household;
  const base = valueAt(bmaf, period);
  const kids = childrenUnder(h, period, 20);
  const n = kids.length;
  const missing = h.famille.enfants
    .filter((id) => h.individus[id]?.inputs.date_naissance === undefined)
    .map((id) => ({ variable: 'date_naissance', entity: 'individu' as const, id }));
  const trace: TraceStep[] = [
    { label: 'Enfants de moins de 20 ans à charge', value: n, unit: 'count', ref: REF_L521_1 },
    { label: bmaf.label, value: base.value, unit: 'currency', ref: base.ref },
  ];
  const twenty = childrenAged(h, period, 20);
  if (n < 2) {
    return notGranted(
      'af',
      period,
      {
        code: 'moins_de_deux_enfants',
        message:
          'Les allocations familiales sont versées à partir de deux enfants de moins de 20 ans à charge.',
        ref: REF_L521_1,
      },
      trace,
      missing,
    );
  }
  const taux2 = valueAt(afTaux.deuxEnfants, period);
  const tauxSup = valueAt(afTaux.parEnfantSupplementaire, period);
  const rate = taux2.value + tauxSup.value * (n - 2);
  const baseAmount = rate * base.value;
  trace.push({
    label: 'Montant de base',
    value: roundCents(baseAmount),
    unit: 'currency',
    formula: `${percent(rate)} × ${euros(base.value)}`,
    ref: taux2.ref,
  });

  const ageMaj = valueAt(afTaux.ageMajoration, period);
  const eldest = Math.max(...kids.map((k) => age(k, period) ?? 0));
  const majored = kids.filter((k) => {
    const a = age(k, period) ?? 0;
    const birth = String(k.inputs.date_naissance?.ETERNITY ?? '');
    const opening = birth !== '' && birth < REFORM_BIRTH ? 14 : ageMaj.value;
    return a >= opening && !(n === 2 && a === eldest);
  }).length;
  const tauxMaj = valueAt(afTaux.majorationAge, period);
  const maj = majored * tauxMaj.value * base.value;
  if (majored > 0) {
    trace.push({
      label: `Majoration pour âge (${majored} enfant${majored > 1 ? 's' : ''})`,
      value: roundCents(maj),
      unit: 'currency',
      formula: `${majored} × ${percent(tauxMaj.value)} × ${euros(base.value)}`,
      ref: ageMaj.ref,
    });
  }
  const tauxForf = valueAt(afTaux.forfaitaire, period);
  const forf = n + twenty.length >= 3 ? twenty.length * tauxForf.value * base.value : 0;
  if (forf > 0)
    trace.push({
      label: 'Allocation forfaitaire (enfant de 20 ans)',
      value: roundCents(forf),
      unit: 'currency',
      ref: tauxForf.ref,
    });

  const res = ressourcesPrestationsFamiliales(h, period);
  const extra = valueAt(afPlafonds.parEnfant, period).value * (n - 2);
  const p1 = valueAt(afPlafonds.tranche1, period).value + extra;
  const p2 = valueAt(afPlafonds.tranche2, period).value + extra;
  const factor = res > p2 ? 0.25 : res > p1 ? 0.5 : 1;
  trace.push({
    label: `Ressources ${period.year - 2} retenues`,
    value: res,
    unit: 'currency',
    formula: `plafonds ${euros(p1)} et ${euros(p2)}`,
    ref: REF_R532_3,
  });
  if (factor < 1)
    trace.push({
      label: 'Modulation selon les ressources',
      value: factor,
      unit: 'rate',
      ref: valueAt(afPlafonds.tranche1, period).ref,
    });
  const amount = roundCents((baseAmount + maj) * factor + forf * factor);
  trace.push({ label: 'Allocations familiales du mois', value: amount, unit: 'currency' });
  return granted('af', period, amount, trace);
}

export const af: BenefitDefinition = {
  id: 'af',
  label: 'Allocations familiales',
  periodicity: 'month',
  entity: 'famille',
  paidBy: ['caf', 'msa'],
  compute: (ctx, period) => compute(ctx, asMonth(period)),
};
