// Allocation de soutien familial: a share of the BMAF per child.
import type { LegalRef, Parameter } from '../contract.ts';

const L523_1: LegalRef = {
  title: 'Code de la sécurité sociale, art. L523-1 (allocation de soutien familial)',
  url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000031688321',
};
const D523_3: LegalRef = {
  title: 'Code de la sécurité sociale, art. D523-3 (seuil de versement)',
  url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000037166519',
};
const REVALO_2022: LegalRef = {
  title:
    'Loi n° 2021-1754 du 23 décembre 2021 (LFSS 2022) : ASF revalorisée de 50 % au 1er novembre 2022',
  url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000044553428',
};

export const asfParams = {
  tauxSeulParent: {
    label: 'Taux par enfant privé de l’aide d’un parent',
    unit: 'rate',
    values: [
      { from: '2018-04-01', value: 0.2813, ref: L523_1 },
      { from: '2022-11-01', value: 0.422, ref: REVALO_2022 },
    ],
  },
  seuil: {
    label: 'Seuil de versement',
    unit: 'currency',
    values: [{ from: '2018-07-01', value: 15, ref: D523_3 }],
  },
} satisfies Record<string, Parameter>;

export { L523_1 as REF_L523_1 };
