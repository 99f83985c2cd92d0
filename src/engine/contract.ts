// The engine's shared vocabulary. Every module of src/engine speaks these types; the UI, the
// server and the command line see the engine only through them (re-exported by index.ts).
// Identifiers follow OpenFisca-France (rsa, ppa, aide_logement…) so that the engine speaks the
// ecosystem's language; amounts are euros as numbers, rounded explicitly (see money.ts).

/** A calendar month or a calendar year. Never pass bare "2026-01" strings around. */
export type Period =
  | { readonly unit: 'month'; readonly year: number; readonly month: number }
  | { readonly unit: 'year'; readonly year: number };

export type MonthPeriod = Extract<Period, { unit: 'month' }>;

/** A legal text or official page backing a value. */
export interface LegalRef {
  readonly title: string;
  readonly url: string;
}

/** One dated value of a parameter: in force from `from` (YYYY-MM-DD) until the next one. */
export interface DatedValue<T> {
  readonly from: string;
  readonly value: T;
  readonly ref: LegalRef;
}

/** A parameter: its French label and its values over time, oldest first. */
export interface Parameter<T = number> {
  readonly label: string;
  readonly unit?: 'currency' | 'rate' | 'count' | 'months' | 'years';
  readonly values: readonly DatedValue<T>[];
}

export type EntityKind = 'individu' | 'famille' | 'foyer_fiscal' | 'menage';

/**
 * One input variable's values keyed by OpenFisca period string ("2026-01", "2025", "ETERNITY").
 * Semantics follow OpenFisca: a year key on a monthly amount is the yearly total (1/12 each
 * month); on a state, the same state every month.
 */
export type Series = Readonly<Record<string, number | string | boolean>>;

export type Activite = 'actif' | 'chomeur' | 'etudiant' | 'retraite' | 'inactif';
export type StatutOccupationLogement =
  | 'locataire_vide'
  | 'locataire_hlm'
  | 'locataire_meuble'
  | 'locataire_foyer'
  | 'proprietaire'
  | 'primo_accedant'
  | 'loge_gratuitement'
  | 'sans_domicile'
  | 'non_renseigne';
export type ZoneApl = 'zone_1' | 'zone_2' | 'zone_3';

/** Inputs of any entity: OpenFisca variable name → series. */
export type Inputs = Readonly<Record<string, Series>>;

export interface Individu {
  readonly id: string;
  readonly inputs: Inputs; // date_naissance, activite, salaire_net, taux_incapacite …
}

export interface Famille {
  readonly id: string;
  readonly parents: readonly string[];
  readonly enfants: readonly string[];
  readonly inputs: Inputs; // rsa_isolement_recent …
}

export interface FoyerFiscal {
  readonly id: string;
  readonly declarants: readonly string[];
  readonly personnes_a_charge: readonly string[];
  readonly inputs: Inputs;
}

export interface Menage {
  readonly id: string;
  readonly personne_de_reference: readonly string[];
  readonly conjoint: readonly string[];
  readonly enfants: readonly string[];
  readonly autres: readonly string[];
  readonly inputs: Inputs; // statut_occupation_logement, zone_apl, loyer, depcom …
}

/** A household as entities, as in OpenFisca: persons and their groups. */
export interface Household {
  readonly individus: Readonly<Record<string, Individu>>;
  readonly famille: Famille;
  readonly foyer_fiscal: FoyerFiscal;
  readonly menage: Menage;
}

export type BenefitId =
  | 'rsa'
  | 'ppa'
  | 'af'
  | 'cf'
  | 'ars'
  | 'asf'
  | 'paje_base'
  | 'paje_naissance'
  | 'aah'
  | 'aspa'
  | 'asi'
  | 'aide_logement'
  | 'apl'
  | 'alf'
  | 'als'
  | 'css_participation_forfaitaire'
  | 'cmu_c'
  | 'cheque_energie';

export type BenefitStatus = 'eligible' | 'ineligible' | 'incomplete';

/** One step of a computation, rendered by the UI as "why this amount" / "why not". */
export interface TraceStep {
  /** Plain French label, e.g. "Montant forfaitaire pour 1 adulte et 2 enfants". */
  readonly label: string;
  readonly value: number | string | boolean;
  readonly unit?: 'currency' | 'rate' | 'count' | 'months' | 'years';
  /** How the value was obtained, in words or arithmetic: "607,75 € × 1,5". */
  readonly formula?: string;
  readonly ref?: LegalRef;
  readonly steps?: readonly TraceStep[];
}

/** Why a benefit is not granted (or reduced), in plain French, with the rule behind it. */
export interface Reason {
  readonly code: string;
  readonly message: string;
  readonly ref?: LegalRef;
}

/** An input the engine needs and does not have; drives the questionnaire. */
export interface MissingInput {
  readonly variable: string;
  readonly entity: EntityKind;
  readonly id: string;
}

export interface BenefitResult {
  readonly id: BenefitId;
  readonly period: Period;
  readonly status: BenefitStatus;
  /** € per month (per year for yearly benefits such as ars), rounded to the cent. */
  readonly amount: number;
  /** For benefits paid per person (aah): amount by individual id. */
  readonly byIndividu?: Readonly<Record<string, number>>;
  readonly reasons: readonly Reason[];
  readonly missing: readonly MissingInput[];
  readonly trace: readonly TraceStep[];
}

/** What a benefit sees while computing: the household and the other benefits, memoised. */
export interface Context {
  readonly household: Household;
  /** Another benefit (or the same at another period), computed once per (id, period). */
  benefit(id: BenefitId, period: Period): BenefitResult;
  /** Memoise any intermediate value for this simulation under a unique key. */
  memo<T>(key: string, compute: () => T): T;
}

export interface BenefitDefinition {
  readonly id: BenefitId;
  /** Official French name, e.g. "Revenu de solidarité active". */
  readonly label: string;
  readonly periodicity: 'month' | 'year';
  /** Where OpenFisca holds the result: per famille, per individu (summed), per ménage. */
  readonly entity: 'famille' | 'individu' | 'menage';
  /** 'boolean' for yes/no rights (cmu_c): OpenFisca answers true when the status is eligible. */
  readonly valueType?: 'amount' | 'boolean';
  /** The organisations that pay it, used to route "Faire la demande". */
  readonly paidBy: readonly (
    'caf' | 'msa' | 'cpam' | 'cnav' | 'carsat' | 'france-travail' | 'asp'
  )[];
  readonly compute: (ctx: Context, period: Period) => BenefitResult;
}
