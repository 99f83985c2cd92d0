// The shape of a fictitious person served by the local identity provider and by every
// organisation's sandbox connector. One record per person keeps the organisations consistent:
// CAF, the Assurance Maladie and the tax office all read the same household.
//
// Money is in integer cents (`…Cents`); dates are ISO `YYYY-MM-DD`; months are `YYYY-MM`.

export type IsoDate = `${number}-${number}-${number}`;
export type IsoMonth = `${number}-${number}`;

/** Ids of src/shared/content/organisations.json, restricted to those holding personal data. */
export type OrganisationId =
  'caf' | 'msa' | 'cpam' | 'cnav' | 'agirc-arrco' | 'france-travail' | 'urssaf' | 'impots' | 'mdph';

/** The FranceConnect v2 identity claims (scope `openid` plus one scope per claim). */
export interface FranceConnectClaims {
  /** 64 hexadecimal characters followed by `v1`, like FranceConnect's technical id. */
  readonly sub: string;
  /** First names separated by spaces. */
  readonly given_name: string;
  /** Birth name. */
  readonly family_name: string;
  readonly birthdate: IsoDate;
  readonly gender: 'male' | 'female';
  /** INSEE commune code (5 characters), empty when born abroad. */
  readonly birthplace: string;
  /** INSEE country code, 99100 for France. */
  readonly birthcountry: string;
  readonly email: string;
}

export interface Relative {
  readonly given_name: string;
  readonly family_name: string;
  readonly birthdate: IsoDate;
  readonly gender: 'male' | 'female';
}

export interface Child extends Relative {
  /** Whether the child lives with the person (counts for CAF and for tax parts). */
  readonly dependent: boolean;
  readonly schooling?: 'creche' | 'maternelle' | 'primaire' | 'college' | 'lycee' | 'superieur';
}

export type Couple = 'single' | 'married' | 'pacs' | 'cohabiting' | 'divorced' | 'widowed';

export interface Household {
  readonly couple: Couple;
  /** The partner's own activity counts for CAF/MSA resources and for the joint tax return. */
  readonly partner?: Relative & { readonly since: IsoDate; readonly activity: Activity };
  readonly children: readonly Child[];
  /** For a widow or widower: when the partner died. */
  readonly widowedOn?: IsoDate;
}

export interface Address {
  readonly line: string;
  readonly postalCode: string;
  /** INSEE commune code (COG), not the postal code. */
  readonly communeInsee: string;
  readonly commune: string;
  readonly since: IsoDate;
}

export interface Housing {
  readonly status: 'tenant' | 'social-tenant' | 'owner' | 'hosted-free' | 'student-residence';
  /** Rent without charges, as CAF and MSA take it for the housing aid. */
  readonly rentCents?: number;
  readonly chargesCents?: number;
  /** Housing-aid zone of the commune (arrêté of 17 March 1978): 1 Paris area, 3 rural. */
  readonly zoneApl: 'zone_1' | 'zone_2' | 'zone_3';
}

/** Social-security schemes the person is affiliated to; several at once is normal. */
export type Regime =
  | { readonly kind: 'general'; readonly caisse: string }
  | { readonly kind: 'msa-salarie'; readonly caisse: string }
  | { readonly kind: 'msa-exploitant'; readonly caisse: string }
  | { readonly kind: 'independant'; readonly caisse: string };

export interface MonthAmount {
  readonly month: IsoMonth;
  readonly amountCents: number;
}

export interface Employment {
  readonly employer: string;
  readonly siret: string;
  readonly contract: 'CDI' | 'CDD' | 'interim' | 'apprentissage' | 'saisonnier';
  readonly start: IsoDate;
  readonly end?: IsoDate;
  readonly weeklyHours: number;
  readonly jobTitle: string;
  /** Montant net social per month, as declared by the employer (DSN / PASRAU). */
  readonly pay: readonly MonthAmount[];
}

export interface SelfEmployment {
  readonly activity: string;
  readonly siret: string;
  readonly status: 'micro-entrepreneur' | 'exploitant-agricole';
  readonly since: IsoDate;
  /** Declared turnover (micro) or agricultural income, by month or quarter end month. */
  readonly declared: readonly MonthAmount[];
  /** Contributions paid to URSSAF or MSA over the same periods. */
  readonly contributions: readonly MonthAmount[];
}

export type ActivityStatus =
  | 'salarie'
  | 'demandeur-emploi'
  | 'retraite'
  | 'etudiant'
  | 'independant'
  | 'exploitant-agricole'
  | 'sans-activite';

export interface Activity {
  readonly statuses: readonly ActivityStatus[];
  readonly employments: readonly Employment[];
  readonly selfEmployment?: SelfEmployment;
  /** France Travail registration, when registered. */
  readonly jobSeeker?: {
    readonly identifiant: string;
    readonly since: IsoDate;
    readonly category: { readonly code: string; readonly label: string };
  };
  readonly student?: {
    readonly ine: string;
    readonly establishment: string;
    readonly uai: string;
    /** CROUS grant on social criteria, paid over ten months. */
    readonly scholarship?: { readonly echelon: number; readonly monthlyCents: number };
    /** Still declared on the parents' tax return. */
    readonly attachedToParentsTax: boolean;
  };
}

/** Benefit ids follow OpenFisca-France's names where they exist. */
export type BenefitId =
  | 'rsa'
  | 'ppa'
  | 'af'
  | 'cf'
  | 'asf'
  | 'ars'
  | 'paje_base'
  | 'aide_logement'
  | 'aah'
  | 'aspa'
  | 'asi'
  | 'css'
  | 'are'
  | 'bourse_enseignement_sup'
  | 'pension_reversion';

export interface Payment {
  /** Month the payment is due for. */
  readonly month: IsoMonth;
  /** Day the money is paid (for CAF: the 5th of the following month). */
  readonly paidOn: IsoDate;
  /** What is paid: family benefits (AF, ASF, CF…) net of the 0,5 % CRDS the engine leaves in. */
  readonly amountCents: number;
}

export interface Benefit {
  readonly benefit: BenefitId;
  readonly organisation: OrganisationId;
  readonly label: string;
  readonly status: 'en-cours' | 'suspendu' | 'termine';
  readonly since: IsoDate;
  readonly until?: IsoDate;
  /** Majoration (isolated parent) for RSA / prime d'activité. */
  readonly withMajoration?: boolean;
  /** C2S with a monthly participation. */
  readonly withParticipation?: boolean;
  readonly payments: readonly Payment[];
  readonly nextPayment?: Omit<Payment, 'month'> & { readonly month: IsoMonth };
}

export interface TaxYear {
  /** Income year (the notice is issued the following year). */
  readonly incomeYear: number;
  readonly revenuFiscalDeReferenceCents: number;
  readonly nombreDeParts: number;
  readonly impotCents: number;
  /** Taux de prélèvement à la source, as a percentage (0 to 45). */
  readonly tauxPrelevementPercent: number;
  readonly numeroFiscal: string;
}

export interface Pension {
  readonly organisation: OrganisationId;
  readonly label: string;
  readonly since: IsoDate;
  readonly trimestres?: number;
  readonly payments: readonly Payment[];
}

export interface DemoPerson {
  /** Stable kebab-case id, used in URLs of the sandboxes and in tests. */
  readonly id: string;
  /** Test login for the local identity provider, and its password (fictitious, public). */
  readonly login: string;
  readonly password: string;
  /** One French sentence describing the situation, rendered on the login page and in the README. */
  readonly summary: string;
  readonly claims: FranceConnectClaims;
  /** Usage name (nom d'usage) when different from the birth name. */
  readonly usualName?: string;
  readonly phone?: string;
  readonly household: Household;
  readonly address: Address;
  readonly previousAddress?: Address;
  /** After a move, which address each organisation still holds (default: the current one). */
  readonly addressKnownBy?: Readonly<Partial<Record<OrganisationId, 'current' | 'previous'>>>;
  readonly housing: Housing;
  readonly regimes: readonly Regime[];
  readonly activity: Activity;
  readonly benefits: readonly Benefit[];
  readonly tax: readonly TaxYear[];
  readonly pensions: readonly Pension[];
  /**
   * Career statement (relevé de carrière) held by the Assurance retraite for anyone who worked
   * in the general scheme or as self-employed, before any pension is paid.
   */
  readonly career?: { readonly cnavQuarters: number };
  /** Quotient familial CAF or MSA of the reference month, in euros as the API returns it. */
  readonly quotientFamilial?: {
    readonly provider: 'CAF' | 'MSA';
    readonly value: number;
    readonly month: IsoMonth;
  };
  /** Per-organisation file numbers (fictitious, prefixed to avoid colliding with real ones). */
  readonly identifiers: Readonly<Partial<Record<OrganisationId, string>>>;
  readonly health?: { readonly medecinTraitant: boolean; readonly ald: boolean };
  readonly disability?: { readonly rate: '50-79' | '80+'; readonly mdphDecisionUntil: IsoDate };
}
