// The pieces of the allocations familiales for one month: base, age majorations and forfait,
// each after the resource modulation, and the complément dégressif that smooths the step at
// each ceiling (the amount lost is reduced by the yearly excess over the ceiling ÷ 12).
import type { Context, LegalRef, MonthPeriod, TraceStep } from '../../contract.ts';
import { age } from '../../household/inputs.ts';
import { childrenAged, childrenUnder } from '../../household/children.ts';
import { REF_R532_3, ressourcesPrestationsFamiliales } from '../../household/ressources-pf.ts';
import { euros, percent, roundCents } from '../../money.ts';
import { afPlafonds, afTaux, bmaf, REF_L521_1 } from '../../parameters/prestations-familiales.ts';
import { valueAt } from '../../parameters/resolve.ts';
import { formatPeriod } from '../../period.ts';

const REFORM_BIRTH = '2012-03-01';
const REF_DEGRESSIF: LegalRef = {
  title: 'Code de la sécurité sociale, art. L521-1 al. 4 et D521-3 (complément dégressif)',
  url: REF_L521_1.url,
};

export interface AfParts {
  readonly children: number;
  /** Base amount after modulation (OpenFisca af_base). */
  readonly base: number;
  readonly majoration: number;
  readonly forfait: number;
  readonly degressif: number;
  readonly total: number;
  readonly trace: readonly TraceStep[];
}

function compute(ctx: Context, period: MonthPeriod): AfParts {
  const h = ctx.household;
  const b = valueAt(bmaf, period);
  const kids = childrenUnder(h, period, 20);
  const n = kids.length;
  const trace: TraceStep[] = [
    { label: 'Enfants de moins de 20 ans à charge', value: n, unit: 'count', ref: REF_L521_1 },
    { label: bmaf.label, value: b.value, unit: 'currency', ref: b.ref },
  ];
  if (n < 2)
    return { children: n, base: 0, majoration: 0, forfait: 0, degressif: 0, total: 0, trace };
  const taux2 = valueAt(afTaux.deuxEnfants, period);
  const tauxSup = valueAt(afTaux.parEnfantSupplementaire, period);
  const rate = taux2.value + tauxSup.value * (n - 2);
  const fullBase = roundCents(rate * b.value);
  trace.push({
    label: 'Montant de base',
    value: fullBase,
    unit: 'currency',
    formula: `${percent(rate)} × ${euros(b.value)}`,
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
  const fullMaj = majored * tauxMaj.value * b.value;
  if (majored > 0) {
    trace.push({
      label: `Majoration pour âge (${majored} enfant${majored > 1 ? 's' : ''})`,
      value: roundCents(fullMaj),
      unit: 'currency',
      formula: `${majored} × ${percent(tauxMaj.value)} × ${euros(b.value)}`,
      ref: ageMaj.ref,
    });
  }
  const twenty = childrenAged(h, period, 20);
  const tauxForf = valueAt(afTaux.forfaitaire, period);
  const fullForf = n + twenty.length >= 3 ? twenty.length * tauxForf.value * b.value : 0;
  if (fullForf > 0)
    trace.push({
      label: 'Allocation forfaitaire (enfant de 20 ans)',
      value: roundCents(fullForf),
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
  const base = fullBase * factor;
  const majoration = fullMaj * factor;
  const forfait = fullForf * factor;
  // The excess over the ceiling just crossed, by month.
  const excess = (res > p2 ? res - p2 : res > p1 ? res - p1 : 0) / 12;
  const degressif =
    excess > 0 ? Math.max(0, base + majoration - excess) + Math.max(0, forfait - excess) : 0;
  if (degressif > 0)
    trace.push({
      label: 'Complément dégressif',
      value: roundCents(degressif),
      unit: 'currency',
      formula: `${euros(base + majoration + forfait)} − dépassement du plafond ${euros(excess * 12)} ÷ 12`,
      ref: REF_DEGRESSIF,
    });
  const total = roundCents(base + majoration + forfait + degressif);
  return { children: n, base, majoration, forfait, degressif, total, trace };
}

/** The allocations familiales' pieces for one month (memoised: rsa and ppa read af_base). */
export function afParts(ctx: Context, period: MonthPeriod): AfParts {
  return ctx.memo(`af.parts@${formatPeriod(period)}`, () => compute(ctx, period));
}
