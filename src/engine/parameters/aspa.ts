// Allocation de solidarité aux personnes âgées (minimum vieillesse), revalued every 1 January.
import type { LegalRef, Parameter } from '../contract.ts';
import { fromJanuary, withEarlier } from './yearly.ts';

const D815_1: LegalRef = {
  title: 'Code de la sécurité sociale, art. D815-1 (montant et plafond de l’ASPA)',
  url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006750908',
};
const L815_1: LegalRef = {
  title: 'Code de la sécurité sociale, art. L815-1 (allocation de solidarité aux personnes âgées)',
  url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000031688603',
};
const R815_25: LegalRef = {
  title: 'Code de la sécurité sociale, art. R815-25 (abattement sur les revenus d’activité)',
  url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000029962385',
};
const L161_17_2: LegalRef = {
  title: 'Code de la sécurité sociale, art. L161-17-2 (âge légal de départ à la retraite)',
  url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000047445077',
};

const yearly = (label: string, v: readonly [number, number, number]): Parameter =>
  fromJanuary(label, v, [D815_1, D815_1, D815_1]);

// 2023 too: the prime d'activité of early 2024 looks back at months of 2023.
const CNAV_2023: LegalRef = {
  title: 'Circulaire Cnav 2023/3 du 9 janvier 2023',
  url: 'https://legislation.lassuranceretraite.fr/Pdf/circulaire_cnav_2023_03_09012023.pdf',
};
const since2023 = (label: string, v: readonly [number, number, number, number]): Parameter =>
  withEarlier(yearly(label, [v[1], v[2], v[3]]), [
    { from: '2023-01-01', value: v[0], ref: CNAV_2023 },
  ]);

export const aspaParams = {
  ageMin: {
    label: 'Âge minimal',
    unit: 'years',
    values: [{ from: '2002-01-01', value: 65, ref: L815_1 }],
  },
  ageLegal: {
    label: 'Âge légal de départ à la retraite (ASPA anticipée pour inaptitude ou invalidité)',
    unit: 'years',
    values: [
      { from: '2017-01-01', value: 62, ref: L161_17_2 },
      { from: '2023-09-01', value: 64, ref: L161_17_2 },
    ],
  },
  tauxIncapacite: {
    label: 'Taux d’incapacité ouvrant l’ASPA dès l’âge légal',
    unit: 'rate',
    values: [{ from: '2002-01-01', value: 0.5, ref: L815_1 }],
  },
  maxSeule: since2023(
    'Montant maximal annuel, personne seule',
    [11533.02, 12144.27, 12411.44, 12523.14],
  ),
  maxCouple: since2023('Montant maximal annuel, couple', [17905.06, 18854.02, 19268.8, 19442.21]),
  plafondSeule: since2023(
    'Plafond annuel de ressources, personne seule',
    [11533.02, 12144.27, 12411.44, 12523.14],
  ),
  plafondCouple: since2023(
    'Plafond annuel de ressources, couple',
    [17905.06, 18854.02, 19268.8, 19442.21],
  ),
  abattementSeule: {
    label: 'Abattement sur les revenus d’activité, personne seule (en SMIC mensuels)',
    unit: 'rate',
    values: [{ from: '2015-01-01', value: 0.9, ref: R815_25 }],
  },
  abattementCouple: {
    label: 'Abattement sur les revenus d’activité, couple (en SMIC mensuels)',
    unit: 'rate',
    values: [{ from: '2015-01-01', value: 1.5, ref: R815_25 }],
  },
} satisfies Record<string, Parameter>;

export const REF_L815_1 = L815_1;
export const SMIC_LEGAL_HOURS = 151.67;
