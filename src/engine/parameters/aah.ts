// Allocation aux adultes handicapés: amount revalued every 1 April, eligibility thresholds and
// the allowances on the claimant's own resources (individualised since 1 October 2023).
import type { LegalRef, Parameter } from '../contract.ts';
import { constant } from './aide-logement-refs.ts';

const L821_1: LegalRef = {
  title: 'Code de la sécurité sociale, art. L821-1 (allocation aux adultes handicapés)',
  url: 'https://www.legifrance.gouv.fr/codes/id/LEGIARTI000006739685/',
};
const L821_2: LegalRef = {
  title:
    'Code de la sécurité sociale, art. L821-2 (taux de 50 % et restriction substantielle et durable d’accès à l’emploi)',
  url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000020039305',
};
const D821_1: LegalRef = {
  title: 'Code de la sécurité sociale, art. D821-1 (taux d’incapacité de 80 % et de 50 %)',
  url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000023097719',
};
const D821_2: LegalRef = {
  title: 'Code de la sécurité sociale, art. D821-2 (plafond de ressources, majoration par enfant)',
  url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000039211076',
};
const R821_1: LegalRef = {
  title: 'Code de la sécurité sociale, art. R821-1 (âge minimal)',
  url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006754135',
};
const D821_9: LegalRef = {
  title: 'Code de la sécurité sociale, art. D821-9 (abattements sur les revenus d’activité)',
  url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000023097737',
};
const R532_5: LegalRef = {
  title:
    'Code de la sécurité sociale, art. R532-5 (abattement de 30 % en cas de cessation d’activité)',
  url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006750910',
};
const L161_17_2: LegalRef = {
  title: 'Code de la sécurité sociale, art. L161-17-2 (âge légal de départ à la retraite)',
  url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000047445077',
};
const L3121_27: LegalRef = {
  title: 'Code du travail, art. L3121-27 (durée légale de 35 heures, soit 151,67 heures par mois)',
  url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000033020517',
};

const rate = (label: string, value: number, from: string, ref: LegalRef): Parameter =>
  constant(label, 'rate', from, value, ref);

export const aahParams = {
  montant: {
    label: 'Montant maximal mensuel de l’AAH',
    unit: 'currency',
    values: [
      {
        from: '2022-07-01',
        value: 956.65,
        ref: {
          title:
            'Loi n° 2022-1158 du 16 août 2022, art. 9 (revalorisation anticipée de 4 % au 1er juillet 2022)',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000046186723',
        },
      },
      {
        from: '2023-04-01',
        value: 971.37,
        ref: {
          title: 'Décret n° 2023-328 du 28 avril 2023 (revalorisation de l’AAH au 1er avril 2023)',
          url: 'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000047511476',
        },
      },
      {
        from: '2024-04-01',
        value: 1016.05,
        ref: {
          title: 'Décret n° 2024-397 du 29 avril 2024 (revalorisation de l’AAH au 1er avril 2024)',
          url: 'https://www.legifrance.gouv.fr/jorf/article_jo/JORFARTI000049486529',
        },
      },
      {
        from: '2025-04-01',
        value: 1033.32,
        ref: {
          title: 'Décret n° 2025-297 du 29 mars 2025 (revalorisation de l’AAH au 1er avril 2025)',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000051393142',
        },
      },
      {
        from: '2026-04-01',
        value: 1041.59,
        ref: {
          title: 'Décret n° 2026-229 du 30 mars 2026 (revalorisation de l’AAH au 1er avril 2026)',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000053734356',
        },
      },
    ],
  },
  tauxIncapacite: rate(
    'Taux d’incapacité ouvrant droit sans autre condition',
    0.8,
    '2010-11-17',
    D821_1,
  ),
  tauxIncapaciteRsdae: rate(
    'Taux d’incapacité ouvrant droit avec une restriction substantielle et durable d’accès à l’emploi',
    0.5,
    '2010-11-17',
    L821_2,
  ),
  ageMinimal: {
    label: 'Âge minimal',
    unit: 'years',
    values: [{ from: '1986-01-01', value: 20, ref: R821_1 }],
  },
  ageFinEducation: {
    label:
      'Âge minimal pour une personne qui n’est plus à charge au sens des prestations familiales',
    unit: 'years',
    values: [{ from: '1986-01-01', value: 16, ref: R821_1 }],
  },
  ageLegalRetraite: {
    label: 'Âge légal de départ à la retraite (fin de l’AAH à taux de 50 à 79 %)',
    unit: 'years',
    values: [
      { from: '2017-01-01', value: 62, ref: L161_17_2 },
      { from: '2023-09-01', value: 64, ref: L161_17_2 },
    ],
  },
  majorationParEnfant: rate('Majoration du plafond par enfant à charge', 0.5, '2000-01-01', D821_2),
  trancheSmic: rate('Seuil entre les deux tranches (en SMIC mensuels)', 0.3, '2011-01-01', D821_9),
  abattementTranche1: rate(
    'Abattement sur la tranche inférieure des revenus d’activité',
    0.8,
    '2011-01-01',
    D821_9,
  ),
  abattementTranche2: rate(
    'Abattement sur la tranche supérieure des revenus d’activité',
    0.4,
    '2011-01-01',
    D821_9,
  ),
  abattementCessation: rate('Abattement pour cessation d’activité', 0.3, '2004-01-01', R532_5),
  heuresSmic: {
    label: 'Heures mensuelles de la durée légale du travail',
    unit: 'count',
    values: [{ from: '2000-01-01', value: 151.67, ref: L3121_27 }],
  },
} satisfies Record<string, Parameter>;

export const REF_L821_1 = L821_1;
export const REF_D821_2 = D821_2;
export const REF_D821_9 = D821_9;
