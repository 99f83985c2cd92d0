// Allocation de rentrée scolaire: shares of the BMAF by school level, resource ceiling N-2.
import type { LegalRef, Parameter } from '../contract.ts';
import { fromJanuary, INSTR_PLAFONDS_2026 } from './yearly.ts';

const D543_1: LegalRef = {
  title: 'Code de la sécurité sociale, art. D543-1 (montants de l’allocation de rentrée scolaire)',
  url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000025766420',
};
const R543_5: LegalRef = {
  title:
    'Code de la sécurité sociale, art. R543-5 (plafond de ressources et allocation différentielle)',
  url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006750870',
};
export const arsParams = {
  tauxPrimaire: {
    label: 'Enfant de 6 à 10 ans',
    unit: 'rate',
    values: [{ from: '2012-08-01', value: 0.8972, ref: D543_1 }],
  },
  tauxCollege: {
    label: 'Enfant de 11 à 14 ans',
    unit: 'rate',
    values: [{ from: '2012-08-01', value: 0.9467, ref: D543_1 }],
  },
  tauxLycee: {
    label: 'Enfant de 15 à 18 ans',
    unit: 'rate',
    values: [{ from: '2012-08-01', value: 0.9795, ref: D543_1 }],
  },
  plafond: fromJanuary(
    'Plafond de ressources (sans enfant)',
    [20878, 21880, 22274],
    [R543_5, R543_5, INSTR_PLAFONDS_2026],
  ),
  majorationParEnfant: {
    label: 'Majoration du plafond par enfant',
    unit: 'rate',
    values: [{ from: '1986-07-01', value: 0.3, ref: R543_5 }],
  },
  minimum: {
    label: 'Montant minimum versé',
    unit: 'currency',
    values: [{ from: '2002-08-09', value: 15, ref: R543_5 }],
  },
} satisfies Record<string, Parameter>;

export const REF_L543_1: LegalRef = {
  title: 'Code de la sécurité sociale, art. L543-1 (allocation de rentrée scolaire)',
  url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000031688369',
};
