// The housing aid of a tenant for one month: rent ceiling, charges, personal participation,
// thresholds, degressivity above high rents, RLS in social housing, CRDS.
import type {
  Context,
  MonthPeriod,
  StatutOccupationLogement,
  TraceStep,
  ZoneApl,
} from '../../contract.ts';
import { amount, state } from '../../household/inputs.ts';
import { euros, roundCents } from '../../money.ts';
import {
  loyersPlafonds,
  forfaitCharges,
  MEUBLE_SHARE,
} from '../../parameters/aide-logement-plafonds.ts';
import { AL_REFS } from '../../parameters/aide-logement-refs.ts';
import { versement } from '../../parameters/aide-logement-participation.ts';
import { at, valueAt } from '../../parameters/resolve.ts';
import { alCouple, personnesACharge } from './foyer.ts';
import { participation } from './participation.ts';
import { alResources, type Neutralisation } from './ressources.ts';
import { rls } from './rls.ts';
import { roundHalfEven } from './round.ts';

export type AlKind = 'apl' | 'alf' | 'als';

export interface AlComputation {
  readonly kind: AlKind | undefined;
  readonly amount: number;
  readonly statut: StatutOccupationLogement;
  readonly trace: readonly TraceStep[];
}

const TENANT: readonly StatutOccupationLogement[] = [
  'locataire_vide',
  'locataire_hlm',
  'locataire_meuble',
];

function ceiling(zone: ZoneApl, couple: boolean, pac: number, m: MonthPeriod) {
  const z = loyersPlafonds[zone];
  if (pac > 0) {
    const first = valueAt(z.unEnfant, m);
    return { value: first.value + (pac - 1) * at(z.parEnfantSupplementaire, m), ref: first.ref };
  }
  return valueAt(couple ? z.couples : z.personnesSeules, m);
}

export function alCore(ctx: Context, m: MonthPeriod, why: Neutralisation): AlComputation {
  const menage = ctx.household.menage.inputs;
  const statut = state<StatutOccupationLogement>(
    menage,
    'statut_occupation_logement',
    m,
    'non_renseigne',
  );
  if (!TENANT.includes(statut)) return { kind: undefined, amount: 0, statut, trace: [] };
  const zone = state<ZoneApl>(menage, 'zone_apl', m, 'zone_2');
  const hlm = statut === 'locataire_hlm';
  const couple = alCouple(ctx);
  const pac = personnesACharge(ctx, m);
  const kind: AlKind = hlm ? 'apl' : pac > 0 ? 'alf' : 'als';
  const rent = roundHalfEven(
    amount(menage, 'loyer', m) * (statut === 'locataire_meuble' && !hlm ? MEUBLE_SHARE : 1),
  );
  const plafond = ceiling(zone, couple, pac, m);
  const L = Math.min(rent, roundCents(plafond.value));
  const charges = valueAt(forfaitCharges.base, m);
  const C = charges.value + pac * at(forfaitCharges.parPersonneACharge, m);
  const res = alResources(ctx, m, why);
  const pp = participation(m, couple, pac, L, C, res.annual);
  const beforeThreshold = Math.max(0, L + C - pp.value);
  const threshold = at(hlm ? versement.seuilApl : versement.seuilNonApl, m);
  const beforeDegressivity = beforeThreshold >= threshold ? beforeThreshold : 0;
  const z = loyersPlafonds[zone];
  const dStart = roundCents(plafond.value * at(z.degressivite, m));
  const dEnd = roundCents(plafond.value * at(z.suppression, m));
  const handicap = Object.values(ctx.household.individus).some((p) =>
    state<boolean>(p.inputs, 'handicap', m, false),
  );
  const coeff =
    handicap || rent <= dStart ? 1 : rent <= dEnd ? 1 - (rent - dStart) / (dEnd - dStart) : 0;
  const brut = Math.max(0, roundCents(beforeDegressivity * coeff) - at(versement.minoration, m));
  const reduction = hlm ? rls(ctx, m, zone, couple, pac, res.annual) : { value: 0, trace: [] };
  const afterRls = Math.max(0, brut - reduction.value);
  const net = roundCents(afterRls * (1 - at(versement.crds, m)));
  const trace: TraceStep[] = [
    ...res.trace,
    { label: 'Personnes à charge', value: pac, unit: 'count', ref: AL_REFS.cchR823_4 },
    {
      label: 'Loyer retenu (plafonné)',
      value: L,
      unit: 'currency',
      formula: `le plus petit du loyer ${euros(rent)} et du plafond ${euros(plafond.value)}`,
      ref: plafond.ref,
    },
    { label: 'Forfait de charges', value: roundCents(C), unit: 'currency', ref: charges.ref },
    ...pp.trace,
    {
      label: 'Aide avant minoration (loyer + charges − participation)',
      value: roundCents(beforeDegressivity),
      unit: 'currency',
      formula: `${euros(L)} + ${euros(C)} − ${euros(pp.value)}${beforeThreshold < threshold ? ` (sous le seuil de ${euros(threshold)})` : ''}`,
      ref: AL_REFS.arrete2019,
    },
  ];
  if (coeff < 1)
    trace.push({
      label: 'Coefficient de dégressivité (loyer élevé)',
      value: roundCents(coeff),
      unit: 'rate',
      ref: AL_REFS.arrete2019,
    });
  trace.push(...reduction.trace, {
    label: 'Aide au logement du mois (après minoration de 5 € et CRDS de 0,5 %)',
    value: net,
    unit: 'currency',
    formula: `(${euros(brut)} − ${euros(reduction.value)}) × 0,995`,
    ref: AL_REFS.crds,
  });
  return { kind, amount: net, statut, trace };
}
