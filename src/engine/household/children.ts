// Children "à charge" for family benefits: under 20 (the 20th birthday ends the right, apart
// from the allocation forfaitaire).
import type { Household, Individu, LegalRef, MonthPeriod } from '../contract.ts';
import { at } from '../parameters/resolve.ts';
import { HOURS_PER_MONTH, smicHoraireBrut } from '../parameters/smic.ts';
import { age, enfants, sumBefore } from './inputs.ts';

export const REF_R512_2: LegalRef = {
  title:
    'Code de la sécurité sociale, art. R512-2 (enfant à charge : rémunération au plus égale à 55 % du SMIC)',
  url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006750602',
};
const SHARE_OF_SMIC = 0.55;

/** A child earning 55 % of the SMIC or more (mean net pay of the 6 previous months) is independent. */
export function financiallyIndependent(child: Individu, m: MonthPeriod): boolean {
  const meanPay = sumBefore(child.inputs, 'salaire_net', m, 6) / 6;
  return meanPay >= SHARE_OF_SMIC * at(smicHoraireBrut, m) * HOURS_PER_MONTH;
}

export function childrenUnder(h: Household, m: MonthPeriod, maxAgeExclusive: number): Individu[] {
  return enfants(h).filter((c) => {
    const a = age(c, m);
    return a !== undefined && a >= 0 && a < maxAgeExclusive && !financiallyIndependent(c, m);
  });
}

export function childrenAged(h: Household, m: MonthPeriod, years: number): Individu[] {
  return enfants(h).filter((c) => age(c, m) === years && !financiallyIndependent(c, m));
}
