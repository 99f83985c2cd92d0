// Chèque énergie: yearly amount by revenu fiscal de référence per consumption unit (the
// income-tax deductions that estimate that income when it is not given: impot-deductions.ts).
import type { LegalRef, Parameter } from '../contract.ts';

const R124_3: LegalRef = {
  title: 'Code de l’énergie, art. R124-3 (unités de consommation du ménage)',
  url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000032497834',
};
const L124_1: LegalRef = {
  title: 'Code de l’énergie, art. L124-1 (chèque énergie)',
  url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000031057544',
};
const ARRETE_2021: LegalRef = {
  title:
    'Arrêté du 26 décembre 2018 modifié par l’arrêté du 24 février 2021 (valeur faciale et plafond de 10 800 € par UC)',
  url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000043178875/',
};
/** Yearly amounts (€) by band of income per UC; the band starts at `from` € per UC. */
export interface Bareme {
  readonly bands: readonly {
    readonly from: number;
    readonly amounts: readonly [number, number, number];
  }[];
  /** At or above this income per UC, no chèque. */
  readonly ceiling: number;
}

export const chequeEnergieParams = {
  bareme: {
    label: 'Montant du chèque énergie (1 UC / de 1 à 2 UC / 2 UC et plus)',
    unit: 'currency',
    values: [
      {
        from: '2021-01-01',
        value: {
          bands: [
            { from: 0, amounts: [194, 240, 277] },
            { from: 5600, amounts: [146, 176, 202] },
            { from: 6700, amounts: [98, 113, 126] },
            { from: 7700, amounts: [48, 63, 76] },
          ],
          ceiling: 10800,
        },
        ref: ARRETE_2021,
      },
    ],
  } satisfies Parameter<Bareme>,
  ucPremiere: uc('Première personne du ménage', 1),
  ucDeuxieme: uc('Deuxième personne', 0.5),
  ucAutres: uc('Chaque personne supplémentaire', 0.3),
};

function uc(label: string, value: number): Parameter {
  return { label, unit: 'count', values: [{ from: '2016-05-08', value, ref: R124_3 }] };
}

export const REF_L124_1 = L124_1;
