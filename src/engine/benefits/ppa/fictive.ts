// The "fictive" prime d'activité of one month, with that month's law, incomes, housing aid and
// family benefits: montant forfaitaire + bonuses + 61 % (59,85 % from April 2025) of activity
// incomes − the greater of (resources + forfait logement) and the montant forfaitaire.
import type { Context, MonthPeriod, StatutOccupationLogement, TraceStep } from '../../contract.ts';
import { age, individus, state } from '../../household/inputs.ts';
import { euros, percent, roundCents } from '../../money.ts';
import { ppaParams, REF_L842_2, REF_L842_3 } from '../../parameters/ppa.ts';
import { at, valueAt } from '../../parameters/resolve.ts';
import { smicHoraireBrut } from '../../parameters/smic.ts';
import { formatPeriod } from '../../period.ts';
import { nationaliteOk, ppaFoyer } from './foyer.ts';
import { ppaRessources } from './ressources.ts';

export interface PpaMois {
  readonly amount: number;
  readonly eligible: boolean;
  readonly activite: number;
  readonly trace: TraceStep;
}

function montantForfaitaire(m: MonthPeriod, parents: number, children: number, majore: boolean) {
  const base = at(ppaParams.montantDeBase, m);
  if (majore)
    return (
      base *
      (at(ppaParams.majorationIsolementBase, m) +
        at(ppaParams.majorationIsolementParEnfant, m) * children)
    );
  const n = parents + children;
  const fourth =
    parents === 1
      ? at(ppaParams.majorationEnfantSupplementaire, m)
      : at(ppaParams.majorationTroisiemePersonne, m);
  return (
    base *
    (1 +
      (n >= 2 ? at(ppaParams.majorationDeuxiemePersonne, m) : 0) +
      (n >= 3 ? at(ppaParams.majorationTroisiemePersonne, m) : 0) +
      (n >= 4 ? fourth : 0) +
      Math.max(n - 4, 0) * at(ppaParams.majorationEnfantSupplementaire, m))
  );
}

/** The forfait logement, once the amount before it is known: housing aid is only looked up
 * when it can change the result (housing not provided in kind, something left to reduce). */
function forfaitLogement(ctx: Context, m: MonthPeriod, n: number, before: number): number {
  const base =
    at(ppaParams.montantDeBase, m) *
    (1 +
      (n >= 2 ? at(ppaParams.majorationDeuxiemePersonne, m) : 0) +
      (n >= 3 ? at(ppaParams.majorationTroisiemePersonne, m) : 0));
  const rate =
    n <= 1
      ? at(ppaParams.forfaitLogement1, m)
      : n === 2
        ? at(ppaParams.forfaitLogement2, m)
        : at(ppaParams.forfaitLogement3, m);
  const forfait = base * rate;
  const menage = ctx.household.menage.inputs;
  const statut = state<StatutOccupationLogement>(
    menage,
    'statut_occupation_logement',
    m,
    'non_renseigne',
  );
  const loyer = state(menage, 'loyer', m, 0);
  const enNature =
    ((statut === 'proprietaire' || statut === 'primo_accedant') && !loyer) ||
    statut === 'loge_gratuitement';
  if (enNature) return forfait;
  if (before <= 0) return 0;
  const al = ctx.benefit('aide_logement', m).amount;
  return al > 0 ? Math.min(al, forfait) : 0;
}

function bonification(m: MonthPeriod, revenu: number): number {
  const smic = at(smicHoraireBrut, m);
  const s1 = at(ppaParams.seuilBonification, m) * smic;
  const s2 = at(ppaParams.seuilMaxBonification, m) * smic;
  const max = roundCents(at(ppaParams.tauxBonificationMax, m) * at(ppaParams.montantDeBase, m));
  return Math.min(max, Math.max(0, (max * (revenu - s1)) / (s2 - s1)));
}

function compute(ctx: Context, m: MonthPeriod): PpaMois {
  const h = ctx.household;
  const foyer = ppaFoyer(ctx, m);
  const res = ppaRessources(ctx, m);
  const adult = individus(h, [...h.famille.parents, ...h.famille.enfants]).some(
    (p) => (age(p, m) ?? -1) >= at(ppaParams.ageMin, m),
  );
  const eligible = adult && (nationaliteOk(ctx, m) || foyer.majore);
  const mff = montantForfaitaire(m, foyer.parents, foyer.children.length, foyer.majore);
  const bonus = Object.values(res.activiteParPersonne).reduce((s, r) => s + bonification(m, r), 0);
  const pente = valueAt(ppaParams.partRevenusActivite, m);
  const ressources = res.activite + res.horsActivite + res.prestationsFamiliales;
  const gain = mff + bonus + pente.value * res.activite;
  const fl = forfaitLogement(
    ctx,
    m,
    foyer.parents + foyer.children.length,
    eligible ? gain - Math.max(ressources, mff) : 0,
  );
  const raw = gain - Math.max(ressources + fl, mff);
  const amount = eligible ? Math.max(0, raw) : 0;
  const steps: TraceStep[] = [
    {
      label: foyer.majore
        ? `Montant forfaitaire majoré (parent isolé, ${foyer.children.length} enfant${foyer.children.length > 1 ? 's' : ''})`
        : `Montant forfaitaire (${foyer.parents} adulte${foyer.parents > 1 ? 's' : ''}, ${foyer.children.length} enfant${foyer.children.length > 1 ? 's' : ''})`,
      value: roundCents(mff),
      unit: 'currency',
      ref: valueAt(ppaParams.montantDeBase, m).ref,
    },
    {
      label: 'Bonifications individuelles',
      value: roundCents(bonus),
      unit: 'currency',
      ref: valueAt(ppaParams.tauxBonificationMax, m).ref,
    },
    {
      label: 'Revenus d’activité retenus',
      value: roundCents(res.activite),
      unit: 'currency',
      formula: `× ${percent(pente.value)}`,
      ref: pente.ref,
    },
    {
      label: 'Autres ressources et prestations familiales',
      value: roundCents(res.horsActivite + res.prestationsFamiliales),
      unit: 'currency',
      ref: REF_L842_3,
    },
    {
      label: 'Forfait logement',
      value: roundCents(fl),
      unit: 'currency',
      ref: valueAt(ppaParams.forfaitLogement1, m).ref,
    },
  ];
  if (!eligible)
    steps.push({ label: 'Conditions d’âge ou de séjour remplies', value: false, ref: REF_L842_2 });
  return {
    amount,
    eligible,
    activite: res.activite,
    trace: {
      label: `Prime calculée pour ${formatPeriod(m)}`,
      value: roundCents(amount),
      unit: 'currency',
      formula: `${euros(mff)} + ${euros(bonus)} + ${percent(pente.value)} × ${euros(res.activite)} − max(${euros(ressources + fl)} ; ${euros(mff)})`,
      ref: REF_L842_3,
      steps,
    },
  };
}

export function ppaMois(ctx: Context, m: MonthPeriod): PpaMois {
  return ctx.memo(`ppa.mois@${formatPeriod(m)}`, () => compute(ctx, m));
}
