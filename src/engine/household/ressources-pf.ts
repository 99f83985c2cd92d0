// Resources for family benefits: the parents' taxable incomes of year N-2, after the 10 %
// deduction for professional expenses (or pensions), plus alimony received.
import type { Household, LegalRef, MonthPeriod } from '../contract.ts';
import { parents, yearTotal } from './inputs.ts';

export const REF_R532_3: LegalRef = {
  title: 'Code de la sécurité sociale, art. R532-3 (ressources de l’année N-2)',
  url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000031694486',
};

const DEDUCTION = 0.1;

export function ressourcesPrestationsFamiliales(h: Household, m: MonthPeriod): number {
  const y = m.year - 2;
  let total = 0;
  for (const p of parents(h)) {
    for (const v of ['salaire_imposable', 'chomage_imposable', 'retraite_imposable']) {
      total += yearTotal(p.inputs, v, y) * (1 - DEDUCTION);
    }
    total += yearTotal(p.inputs, 'pensions_alimentaires_percues', y);
  }
  return Math.round(total * 100) / 100;
}
