// The two ways in (by situation, by benefit) and the query parameters that open the
// questionnaire pre-oriented: /simuler?benefits=rsa,ppa&situation=enfants (also on
// /simuler/questions). Life-event pages link with their slug as the situation when the
// simulator has no tile for it, and other sites may use English words: both are understood.
import type { BenefitId } from '../../../engine/contract.ts';
import { ALL_BENEFITS } from '../../../engine/questions/index.ts';
import type { Answers } from '../../../engine/questions/index.ts';

export const SITUATIONS = ['seul', 'couple', 'enfants', 'emploi', 'retraite', 'handicap'] as const;
export type Situation = (typeof SITUATIONS)[number];

/** What a situation tells us already: answers to prefill (still editable). */
const SITUATION_ANSWERS: Readonly<Record<Situation, Answers>> = {
  seul: { couple: false },
  couple: { couple: true },
  enfants: {},
  emploi: { 'p1.activite': 'chomeur' },
  retraite: { 'p1.activite': 'retraite' },
  handicap: { 'p1.handicap': true },
};

export const BENEFIT_GROUPS = {
  rsa_ppa: ['rsa', 'ppa'],
  logement: ['aide_logement'],
  aah: ['aah'],
  c2s: ['css_participation_forfaitaire', 'cmu_c'],
  naissance: ['paje_naissance', 'paje_base'],
  famille: ['af', 'cf', 'ars', 'asf'],
  aspa: ['aspa'],
} as const satisfies Record<string, readonly BenefitId[]>;
export type BenefitGroup = keyof typeof BENEFIT_GROUPS;

/** Other names of a situation: English words and life-event slugs (src/shared/content). */
const SITUATION_ALIASES: Readonly<Record<string, Situation>> = {
  alone: 'seul',
  single: 'seul',
  children: 'enfants',
  family: 'enfants',
  jobseeker: 'emploi',
  unemployed: 'emploi',
  retired: 'retraite',
  disability: 'handicap',
  adoption: 'enfants',
  'garde-enfant': 'enfants',
  'handicap-adulte': 'handicap',
  'handicap-enfant': 'enfants',
  naissance: 'enfants',
  'perte-autonomie': 'retraite',
  'quitter-parents': 'seul',
  'recherche-emploi': 'emploi',
  separation: 'seul',
  'violences-conjugales': 'seul',
};
/** Life events that orient by their benefits only: nothing about the household follows. */
const NEUTRAL_CONTEXTS = [
  'deces-proche',
  'demenagement',
  'etranger-en-france',
  'maladie',
  'partir-etranger',
] as const;

const isBenefit = (s: string): s is BenefitId => (ALL_BENEFITS as readonly string[]).includes(s);
const situationOf = (s: string | null): Situation | undefined => {
  if (s === null) return undefined;
  const key = s.trim().toLowerCase();
  return (SITUATIONS as readonly string[]).includes(key)
    ? (key as Situation)
    : SITUATION_ALIASES[key];
};

/** True when the query string orients the questionnaire (benefits, situation or prefill). */
export const isOriented = (search: URLSearchParams) =>
  search.has('benefits') || search.has('situation') || search.has('prefill');

/** Every situation word the simulator understands (tiles, aliases, life-event slugs). */
export const KNOWN_SITUATIONS: readonly string[] = [
  ...SITUATIONS,
  ...Object.keys(SITUATION_ALIASES),
  ...NEUTRAL_CONTEXTS,
];
const isGroup = (s: string): s is BenefitGroup => s in BENEFIT_GROUPS;

export interface Orientation {
  readonly benefits: readonly BenefitId[];
  readonly answers: Answers;
  readonly situation?: Situation;
}

/** Reads ?benefits= (ids or group names, comma-separated) and ?situation=; unknown values are ignored. */
export function orientationFromSearch(search: URLSearchParams): Orientation {
  const benefits = new Set<BenefitId>();
  for (const raw of (search.get('benefits') ?? '').split(',')) {
    const s = raw.trim().toLowerCase();
    if (isBenefit(s)) benefits.add(s);
    else if (isGroup(s)) for (const b of BENEFIT_GROUPS[s]) benefits.add(b);
  }
  const situation = situationOf(search.get('situation'));
  return situation
    ? { benefits: [...benefits], answers: SITUATION_ANSWERS[situation], situation }
    : { benefits: [...benefits], answers: {} };
}

export const questionsUrl = (params: { benefits?: string; situation?: Situation }) => {
  const search = new URLSearchParams();
  if (params.benefits) search.set('benefits', params.benefits);
  if (params.situation) search.set('situation', params.situation);
  const s = search.toString();
  return `/simuler/questions${s ? `?${s}` : ''}`;
};
