// Resources for family benefits: the parents' taxable incomes of year N-2, after the 10 %
// deduction for professional expenses (or pensions), plus alimony received.
import type { Household, LegalRef, MonthPeriod } from '../contract.ts';
import { at } from '../parameters/resolve.ts';
import { bmaf } from '../parameters/prestations-familiales.ts';
import { month } from '../period.ts';
import { isCouple, parents, yearTotal } from './inputs.ts';

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

/** Work income of one parent in year N-2 (salaries and unemployment, after the deduction). */
function workIncome(h: Household, id: string, y: number): number {
  const p = h.individus[id];
  if (!p) return 0;
  return ['salaire_imposable', 'chomage_imposable'].reduce(
    (s, v) => s + yearTotal(p.inputs, v, y) * (1 - DEDUCTION),
    0,
  );
}

/** Both parents earned at least 12 BMAF in year N-2 (raises the PAJE and CF ceilings). */
export function biactivite(h: Household, m: MonthPeriod): boolean {
  if (!isCouple(h)) return false;
  const y = m.year - 2;
  const threshold = 12 * at(bmaf, month(y, 1));
  return h.famille.parents.every((id) => workIncome(h, id, y) >= threshold);
}
