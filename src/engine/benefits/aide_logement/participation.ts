// Personal participation P = P0 + Tp × (R − R0), with Tp = TF (household size) + TL (rent compared
// with the zone 2 ceiling).
import type { MonthPeriod, TraceStep } from '../../contract.ts';
import { euros, percent, roundCents } from '../../money.ts';
import { loyersPlafonds } from '../../parameters/aide-logement-plafonds.ts';
import {
  participationMinimale,
  r0Abattement,
  tauxFamille,
  tauxLoyer,
} from '../../parameters/aide-logement-participation.ts';
import { at, valueAt } from '../../parameters/resolve.ts';

function bySize<T>(couple: boolean, pac: number, seul: T, duo: T, list: readonly T[]): T {
  if (pac === 0) return couple ? duo : seul;
  return list[Math.min(pac, list.length) - 1] ?? seul;
}

export function participation(
  m: MonthPeriod,
  couple: boolean,
  pac: number,
  loyer: number,
  charges: number,
  resources: number,
): { value: number; trace: TraceStep[] } {
  const beyondSix = Math.max(0, pac - 6);
  const r0 = valueAt(
    bySize(couple, pac, r0Abattement.seul, r0Abattement.couple, r0Abattement.pac),
    m,
  );
  const R0 = r0.value + beyondSix * at(r0Abattement.parPacSupplementaire, m);
  const tfParam = valueAt(
    bySize(couple, pac, tauxFamille.seul, tauxFamille.couple, tauxFamille.pac),
    m,
  );
  const TF = tfParam.value + beyondSix * at(tauxFamille.parPacSupplementaire, m);
  const z2 = loyersPlafonds.zone_2;
  const reference =
    pac > 0
      ? at(z2.unEnfant, m) + (pac - 1) * at(z2.parEnfantSupplementaire, m)
      : at(couple ? z2.couples : z2.personnesSeules, m);
  const RL = loyer / reference;
  const s1 = at(tauxLoyer.seuil1, m);
  const s2 = at(tauxLoyer.seuil2, m);
  const t2 = at(tauxLoyer.taux2, m);
  const TL =
    RL >= s2 ? at(tauxLoyer.taux3, m) * (RL - s2) + t2 * (s2 - s1) : Math.max(0, t2 * (RL - s1));
  const p0 = valueAt(participationMinimale.forfait, m);
  const P0 = Math.max(at(participationMinimale.taux, m) * (loyer + charges), p0.value);
  const value = P0 + (TF + TL) * Math.max(0, resources - R0);
  return {
    value,
    trace: [
      { label: 'Participation minimale P0', value: roundCents(P0), unit: 'currency', ref: p0.ref },
      {
        label: 'Abattement forfaitaire R0 sur les ressources',
        value: R0,
        unit: 'currency',
        ref: r0.ref,
      },
      {
        label: 'Taux de participation (TF + TL)',
        value: roundCents((TF + TL) * 10000) / 10000,
        unit: 'rate',
        formula: `${percent(TF)} + ${percent(TL)}`,
        ref: tfParam.ref,
      },
      {
        label: 'Participation personnelle',
        value: roundCents(value),
        unit: 'currency',
        formula: `${euros(P0)} + (TF + TL) × (${euros(resources)} − ${euros(R0)})`,
        ref: tfParam.ref,
      },
    ],
  };
}
