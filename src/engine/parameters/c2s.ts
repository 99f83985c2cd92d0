// Complémentaire santé solidaire: yearly resource ceiling for one person (free C2S), revalued
// every 1 April, the coefficients per extra person, the 35 % band with a participation, the
// monthly participation by age, and the allowances on some benefits and on housing.
import type { LegalRef, Parameter } from '../contract.ts';
import { constant } from './aide-logement-refs.ts';

const L861_1: LegalRef = {
  title: 'Code de la sécurité sociale, art. L861-1 (plafonds de la complémentaire santé solidaire)',
  url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000037950247',
};
const R861_3: LegalRef = {
  title: 'Code de la sécurité sociale, art. R861-3 (majoration du plafond par personne)',
  url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006753235',
};
const R861_2: LegalRef = {
  title: 'Code de la sécurité sociale, art. R861-2 (personnes à charge de moins de 25 ans)',
  url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000018052382',
};
const R861_5: LegalRef = {
  title: 'Code de la sécurité sociale, art. R861-5 et R861-7 (forfait logement)',
  url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000038929244',
};
const D861_7: LegalRef = {
  title:
    'Arrêté du 21 octobre 2019 (montant de la participation financière à la complémentaire santé solidaire)',
  url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000039251612',
};
const INSTR_2021: LegalRef = {
  title:
    'Instruction interministérielle DSS/SD2A/2021/71 du 30 mars 2021 (abattements sur l’AAH, l’ASI et l’ASPA)',
  url: 'https://sante.gouv.fr/fichiers/bo/2021/2021.6.sante.pdf#page=75',
};
const R861_8: LegalRef = {
  title:
    'Code de la sécurité sociale, art. R861-8 (abattement de 30 % sur les revenus d’activité en cas de chômage indemnisé)',
  url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000034424885',
};

const rate = (label: string, value: number, from: string, ref: LegalRef): Parameter =>
  constant(label, 'rate', from, value, ref);
const euros = (label: string, value: number, from: string, ref: LegalRef): Parameter =>
  constant(label, 'currency', from, value, ref);

export const c2sParams = {
  plafondBase: {
    label: 'Plafond annuel de ressources de la C2S sans participation, une personne',
    unit: 'currency',
    values: [
      {
        from: '2023-04-01',
        value: 9719,
        ref: {
          title: 'Arrêté du 30 mars 2023 (plafond de ressources de la C2S)',
          url: 'https://www.legifrance.gouv.fr/loda/id/JORFTEXT000047387932',
        },
      },
      {
        from: '2024-04-01',
        value: 10166,
        ref: {
          title: 'Arrêté du 26 mars 2024 (plafond de ressources de la C2S)',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000049339291',
        },
      },
      {
        from: '2025-04-01',
        value: 10339,
        ref: {
          title:
            'Arrêté publié au Journal officiel du 29 mars 2025 (revalorisation de 1,7 %), barème repris par service-public.fr',
          url: 'https://www.service-public.fr/particuliers/vosdroits/F10027',
        },
      },
      {
        from: '2026-04-01',
        value: 10422,
        ref: {
          title:
            'Art. L861-1 : revalorisation au 1er avril 2026 par le coefficient de l’art. L161-25 (+0,8 %), montant calculé (10 339 € × 1,008)',
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000037950247',
        },
      },
    ],
  } satisfies Parameter,
  coeffP2: rate('Majoration pour la deuxième personne', 0.5, '2000-01-01', R861_3),
  coeffP3P4: rate(
    'Majoration pour la troisième et la quatrième personne',
    0.3,
    '2000-01-01',
    R861_3,
  ),
  coeffP5Plus: rate('Majoration par personne à partir de la cinquième', 0.4, '2000-01-01', R861_3),
  majorationParticipation: rate(
    'Plafond avec participation : plafond sans participation majoré de',
    0.35,
    '2019-11-01',
    L861_1,
  ),
  ageLimitePac: {
    label: 'Âge jusqu’auquel un enfant compte au foyer',
    unit: 'years',
    values: [{ from: '2000-01-01', value: 25, ref: R861_2 }],
  } satisfies Parameter,
  abattementChomage: rate(
    'Abattement sur les salaires en cas de chômage indemnisé',
    0.3,
    '2000-01-01',
    R861_8,
  ),
  abattementAah: euros('Abattement mensuel sur l’AAH', 68, '2021-04-01', INSTR_2021),
  abattementAsiSeule: euros(
    'Abattement mensuel sur l’ASI, personne seule',
    49,
    '2021-04-01',
    INSTR_2021,
  ),
  abattementAsiCouple: euros(
    'Abattement mensuel sur l’ASI, couple d’allocataires',
    86,
    '2021-04-01',
    INSTR_2021,
  ),
  abattementAspaSeule: euros(
    'Abattement mensuel sur l’ASPA, personne seule',
    71,
    '2021-04-01',
    INSTR_2021,
  ),
  abattementAspaCouple: euros(
    'Abattement mensuel sur l’ASPA, couple',
    110,
    '2021-04-01',
    INSTR_2021,
  ),
  /** Forfait logement, in shares of the yearly RSA amount for 1, 2, 3 or more persons. */
  forfaitSansAl: {
    label: 'Forfait logement des propriétaires et personnes logées gratuitement',
    unit: 'rate',
    values: [{ from: '2019-11-01', value: [0.12, 0.14, 0.14], ref: R861_5 }],
  } satisfies Parameter<readonly [number, number, number]>,
  forfaitAvecAl: {
    label: 'Forfait logement des bénéficiaires d’une aide au logement',
    unit: 'rate',
    values: [{ from: '2019-11-01', value: [0.12, 0.16, 0.165], ref: R861_5 }],
  } satisfies Parameter<readonly [number, number, number]>,
  /** Monthly participation per person by age: under 30, 30–49, 50–59, 60–69, 70 and over. */
  participation: {
    label: 'Participation financière mensuelle par personne selon l’âge',
    unit: 'currency',
    values: [{ from: '2019-11-01', value: [8, 14, 21, 25, 30], ref: D861_7 }],
  } satisfies Parameter<readonly [number, number, number, number, number]>,
};

export const REF_L861_1 = L861_1;
