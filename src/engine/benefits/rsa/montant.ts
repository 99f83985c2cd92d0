// The RSA of one month given the housing aid of that month: children counted, eligibility,
// amount by household size or increased for an isolated parent, forfait logement, resources.
import type { Activite, Context, Individu, MonthPeriod, TraceStep } from '../../contract.ts';
import { financiallyIndependent } from '../../household/children.ts';
import { age, enfants, isCouple, parents, state } from '../../household/inputs.ts';
import { euros, roundCents } from '../../money.ts';
import { at, valueAt } from '../../parameters/resolve.ts';
import { RSA_REFS, rsaParams } from '../../parameters/rsa.ts';
import { forfaitLogement } from './forfait-logement.ts';
import { afBase, individualResources, minimaSociaux, prestationsFamiliales } from './ressources.ts';

export interface RsaComputation {
  readonly amount: number;
  readonly eligible: boolean;
  readonly reason: 'age' | 'etudiant' | 'ressources' | undefined;
  readonly trace: readonly TraceStep[];
}

/** Children under 25, not independent, whose own resources stay under the increase they bring. */
export function rsaChildren(ctx: Context, m: MonthPeriod): Individu[] {
  const h = ctx.household;
  const base = at(rsaParams.montantDeBase, m);
  const limit = at(rsaParams.agePersonneACharge, m);
  const young = enfants(h).filter((c) => {
    const a = age(c, m);
    return a !== undefined && a < limit && !financiallyIndependent(c, m);
  });
  const opensIncrease =
    !isCouple(h) &&
    state<boolean>(h.famille.inputs, 'rsa_isolement_recent', m, false) &&
    young.length <= 1;
  const cap = opensIncrease
    ? (at(rsaParams.majorationIsolementBase, m) -
        1 +
        at(rsaParams.majorationIsolementParEnfant, m)) *
      base
    : at(rsaParams.majorationEnfantSupplementaire, m) * base;
  return young.filter((c) => individualResources(c, m) < cap);
}

function socleRate(nbParents: number, persons: number, m: MonthPeriod): number {
  const second = at(rsaParams.majorationDeuxiemePersonne, m);
  const third = at(rsaParams.majorationTroisiemePersonne, m);
  const extra = at(rsaParams.majorationEnfantSupplementaire, m);
  return (
    1 +
    (persons >= 2 ? second : 0) +
    (persons >= 3 ? third : 0) +
    (persons >= 4 ? (nbParents === 1 ? extra : third) : 0) +
    Math.max(persons - 4, 0) * extra
  );
}

/** `detail`: build the trace (not needed for the previous month seen by the housing aid). */
export function rsaCore(
  ctx: Context,
  m: MonthPeriod,
  aideLogement: number,
  detail = true,
): RsaComputation {
  const h = ctx.household;
  const adults = parents(h);
  const kids = rsaChildren(ctx, m);
  const persons = adults.length + kids.length;
  const ageMin = at(rsaParams.ageAllocataire, m);
  const notStudent = (p: Individu) =>
    state<Activite>(p.inputs, 'activite', m, 'inactif') !== 'etudiant';
  const oldEnough = (p: Individu) => kids.length > 0 || (age(p, m) ?? 0) >= ageMin;
  const eligible = adults.some((p) => oldEnough(p) && notStudent(p));
  const base = valueAt(rsaParams.montantDeBase, m);
  const socle = eligible ? base.value * socleRate(adults.length, persons, m) : 0;
  const isolated = !isCouple(h) && kids.length > 0;
  const under3 = enfants(h).some((c) => {
    const a = age(c, m);
    return (
      a !== undefined &&
      a >= 0 &&
      a < at(rsaParams.ageEnfantMajoration, m) &&
      !financiallyIndependent(c, m)
    );
  });
  const recent = state<boolean>(h.famille.inputs, 'rsa_isolement_recent', m, false);
  const majore =
    isolated && (under3 || recent)
      ? base.value *
        (at(rsaParams.majorationIsolementBase, m) +
          at(rsaParams.majorationIsolementParEnfant, m) * kids.length)
      : 0;
  const montantForfaitaire = Math.max(socle, majore);
  const fl = forfaitLogement(ctx, m, persons, aideLogement);
  const own = [...adults, ...kids].reduce((s, p) => s + individualResources(p, m), 0);
  const pf = prestationsFamiliales(ctx, m, afBase(ctx, m));
  const minima = minimaSociaux(ctx, m);
  const resources = own + pf + minima;
  const raw = Math.max(0, montantForfaitaire - fl - resources);
  const value = raw >= at(rsaParams.montantMinimumVerse, m) ? roundCents(raw) : 0;
  const open = eligible || majore > 0;
  const student = adults.some((p) => !notStudent(p)) && adults.every(oldEnough);
  const reason = !open ? (student ? 'etudiant' : 'age') : value === 0 ? 'ressources' : undefined;
  if (!detail) return { amount: value, eligible: open, reason, trace: [] };
  const trace: TraceStep[] = [
    {
      label: 'Personnes au foyer (adultes et enfants à charge de moins de 25 ans)',
      value: persons,
      unit: 'count',
      ref: RSA_REFS.R262_3,
    },
    {
      label: majore > socle ? 'Montant forfaitaire majoré (parent isolé)' : 'Montant forfaitaire',
      value: roundCents(montantForfaitaire),
      unit: 'currency',
      formula: `${euros(base.value)} × ${roundCents(montantForfaitaire / base.value)}`,
      ref: majore > socle ? RSA_REFS.R262_2 : base.ref,
    },
    {
      label: 'Forfait logement déduit',
      value: roundCents(fl),
      unit: 'currency',
      ref: RSA_REFS.R262_9,
    },
    {
      label: 'Ressources du foyer (moyenne des 3 mois précédents et prestations du mois)',
      value: roundCents(resources),
      unit: 'currency',
      formula: `revenus ${euros(own)} + prestations familiales ${euros(pf)} + autres minima ${euros(minima)}`,
      ref: RSA_REFS.R262_6,
    },
    {
      label: 'RSA du mois',
      value,
      unit: 'currency',
      formula: `${euros(montantForfaitaire)} − ${euros(fl)} − ${euros(resources)}`,
      ref: RSA_REFS.L262_2,
    },
  ];
  return { amount: value, eligible: open, reason, trace };
}
