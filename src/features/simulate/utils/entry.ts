// The two ways in (by situation, by benefit) and the query parameters that open the
// questionnaire pre-oriented: /simuler/questions?benefits=rsa,ppa&situation=enfants.
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

const isBenefit = (s: string): s is BenefitId => (ALL_BENEFITS as readonly string[]).includes(s);
const isSituation = (s: string | null): s is Situation =>
  s !== null && (SITUATIONS as readonly string[]).includes(s);
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
    const s = raw.trim();
    if (isBenefit(s)) benefits.add(s);
    else if (isGroup(s)) for (const b of BENEFIT_GROUPS[s]) benefits.add(b);
  }
  const situation = search.get('situation');
  return isSituation(situation)
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
