// The catalogue of questions, in the order they are asked. The order is part of the contract:
// it is stable, so that the same household always meets the same questions in the same order.
import type { BenefitId } from '../contract.ts';
import type { Answers, QuestionTemplate } from './types.ts';

const FAMILY: readonly BenefitId[] = ['af', 'cf', 'ars', 'asf', 'paje_base', 'paje_naissance'];
const MINIMA: readonly BenefitId[] = [
  'rsa',
  'ppa',
  'aah',
  'aspa',
  'asi',
  'css_participation_forfaitaire',
  'cmu_c',
  'cheque_energie',
];
const HOUSING: readonly BenefitId[] = ['aide_logement', 'apl', 'alf', 'als'];
export const ALL_BENEFITS: readonly BenefitId[] = [...MINIMA, ...FAMILY, ...HOUSING];

export const answerOf = (a: Answers, person: string, id: string) => a[`${person}.${id}`];
const isCouple = (a: Answers) => a.couple === true;
const childCount = (a: Answers) => (typeof a.nb_enfants === 'number' ? a.nb_enfants : 0);
const isTenant = (a: Answers) => {
  const s = a.statut_occupation_logement;
  return typeof s === 'string' && s.startsWith('locataire');
};
const hasActivity =
  (...values: string[]) =>
  (a: Answers, p: string) => {
    const act = answerOf(a, p, 'activite');
    return typeof act === 'string' && values.includes(act);
  };

export const CATALOGUE: readonly QuestionTemplate[] = [
  // Foyer
  {
    id: 'couple',
    step: 'foyer',
    kind: 'boolean',
    scope: 'household',
    entity: 'famille',
    variable: 'parents',
    benefits: ALL_BENEFITS,
    structural: true,
  },
  {
    id: 'date_naissance',
    step: 'foyer',
    kind: 'date',
    scope: 'adult',
    entity: 'individu',
    variable: 'date_naissance',
    min: 15,
    max: 120,
    benefits: ALL_BENEFITS,
    structural: true,
  },
  {
    id: 'nb_enfants',
    step: 'foyer',
    kind: 'count',
    scope: 'household',
    entity: 'famille',
    variable: 'enfants',
    min: 0,
    max: 12,
    benefits: ALL_BENEFITS,
    structural: true,
  },
  {
    id: 'date_naissance',
    step: 'foyer',
    kind: 'date',
    scope: 'child',
    entity: 'individu',
    variable: 'date_naissance',
    min: 0,
    max: 25,
    benefits: ALL_BENEFITS,
    structural: true,
  },
  {
    id: 'rsa_isolement_recent',
    step: 'foyer',
    kind: 'boolean',
    scope: 'household',
    entity: 'famille',
    variable: 'rsa_isolement_recent',
    benefits: ['rsa', 'ppa'],
    when: (a) => !isCouple(a) && childCount(a) > 0,
  },
  // Situation
  {
    id: 'activite',
    step: 'situation',
    kind: 'choice',
    scope: 'adult',
    entity: 'individu',
    variable: 'activite',
    options: ['actif', 'chomeur', 'etudiant', 'retraite', 'inactif'],
    benefits: ALL_BENEFITS,
  },
  {
    id: 'handicap',
    step: 'situation',
    kind: 'boolean',
    scope: 'adult',
    entity: 'individu',
    variable: 'handicap',
    benefits: ['aah', 'ppa', 'rsa', 'aspa', 'asi'],
    onlyFor: ['aah', 'asi'],
  },
  {
    id: 'taux_incapacite',
    step: 'situation',
    kind: 'choice',
    scope: 'adult',
    entity: 'individu',
    variable: 'taux_incapacite',
    options: ['moins_50', 'de_50_a_79', '80_et_plus'],
    benefits: ['aah', 'aspa'],
    when: (a, p) => answerOf(a, p, 'handicap') === true,
  },
  {
    id: 'aah_restriction_substantielle_durable_acces_emploi',
    step: 'situation',
    kind: 'boolean',
    scope: 'adult',
    entity: 'individu',
    variable: 'aah_restriction_substantielle_durable_acces_emploi',
    benefits: ['aah'],
    when: (a, p) => answerOf(a, p, 'taux_incapacite') === 'de_50_a_79',
  },
  {
    id: 'date_debut_chomage',
    step: 'situation',
    kind: 'date',
    scope: 'adult',
    entity: 'individu',
    variable: 'date_debut_chomage',
    min: 0,
    max: 45,
    benefits: [...HOUSING, 'rsa', 'ppa'],
    when: hasActivity('chomeur'),
  },
  // Logement
  {
    id: 'statut_occupation_logement',
    step: 'logement',
    kind: 'choice',
    scope: 'household',
    entity: 'menage',
    variable: 'statut_occupation_logement',
    options: [
      'locataire_vide',
      'locataire_hlm',
      'locataire_meuble',
      'proprietaire',
      'loge_gratuitement',
    ],
    benefits: [
      ...HOUSING,
      'rsa',
      'ppa',
      'css_participation_forfaitaire',
      'cmu_c',
      'cheque_energie',
    ],
  },
  {
    id: 'loyer',
    step: 'logement',
    kind: 'amount',
    scope: 'household',
    entity: 'menage',
    variable: 'loyer',
    min: 0,
    max: 5000,
    benefits: HOUSING,
    when: isTenant,
  },
  {
    id: 'zone_apl',
    step: 'logement',
    kind: 'choice',
    scope: 'household',
    entity: 'menage',
    variable: 'zone_apl',
    options: ['zone_1', 'zone_2', 'zone_3'],
    benefits: HOUSING,
    when: isTenant,
  },
  // Ressources (monthly, net: the engine derives the taxable and gross figures)
  {
    id: 'salaire_net',
    step: 'ressources',
    kind: 'amount',
    scope: 'adult',
    entity: 'individu',
    variable: 'salaire_net',
    min: 0,
    max: 30000,
    benefits: ALL_BENEFITS,
    when: hasActivity('actif', 'etudiant'),
  },
  {
    id: 'chomage_net',
    step: 'ressources',
    kind: 'amount',
    scope: 'adult',
    entity: 'individu',
    variable: 'chomage_net',
    min: 0,
    max: 10000,
    benefits: ALL_BENEFITS,
    when: hasActivity('chomeur'),
  },
  {
    id: 'retraite_nette',
    step: 'ressources',
    kind: 'amount',
    scope: 'adult',
    entity: 'individu',
    variable: 'retraite_nette',
    min: 0,
    max: 15000,
    benefits: ALL_BENEFITS,
    when: hasActivity('retraite'),
  },
  {
    // Family benefits and the AAH look at the tax year N-2: asked when it changes a result.
    id: 'revenus_n2',
    step: 'ressources',
    kind: 'amount',
    scope: 'adult',
    entity: 'individu',
    variable: 'salaire_imposable',
    per: 'year',
    min: 0,
    max: 500000,
    probes: [0, 8000, 20000, 45000],
    benefits: [...FAMILY, 'aah', 'cheque_energie', ...HOUSING],
  },
  {
    id: 'pensions_alimentaires_percues',
    step: 'ressources',
    kind: 'amount',
    scope: 'household',
    entity: 'individu',
    variable: 'pensions_alimentaires_percues',
    min: 0,
    max: 5000,
    benefits: ['rsa', 'ppa', 'asf', 'aide_logement', 'css_participation_forfaitaire', 'cmu_c'],
    when: (a) => !isCouple(a) && childCount(a) > 0,
  },
];

/** The answer values a taux_incapacite band stands for (the engine reads a rate 0–1). */
export const TAUX_INCAPACITE: Readonly<Record<string, number>> = {
  moins_50: 0.3,
  de_50_a_79: 0.6,
  '80_et_plus': 0.8,
};
