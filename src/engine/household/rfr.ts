// The tax household's revenu fiscal de référence for an income year: the `rfr` input when given,
// else an estimate from the taxable incomes (salaries and unemployment after the 10 % deduction,
// pensions after the 10 % allowance). Special allowances (elderly or disabled, investment
// income) are not modelled: the estimate can only be higher than the real figure.
import type { Household, Inputs, LegalRef } from '../contract.ts';
import { abattementFraisPro, abattementPensions } from '../parameters/impot-deductions.ts';
import { at, valueAt } from '../parameters/resolve.ts';
import { month } from '../period.ts';
import { individus, yearTotal } from './inputs.ts';

export interface Rfr {
  readonly value: number;
  readonly estimated: boolean;
  readonly ref?: LegalRef;
}

const sumOf = (inputs: Inputs, vars: readonly string[], y: number) =>
  vars.reduce((s, v) => s + Math.max(0, yearTotal(inputs, v, y)), 0);

export function revenuFiscalReference(h: Household, y: number): Rfr {
  const given = h.foyer_fiscal.inputs.rfr?.[String(y)];
  if (typeof given === 'number') return { value: given, estimated: false };
  const when = month(y, 1);
  const members = individus(h, [
    ...h.foyer_fiscal.declarants,
    ...h.foyer_fiscal.personnes_a_charge,
  ]);
  let salaries = 0;
  let pensions = 0;
  let pensionAllowance = 0;
  for (const p of members) {
    const sal = sumOf(p.inputs, ['salaire_imposable', 'chomage_imposable'], y);
    const dedSal = Math.max(
      at(abattementFraisPro.min, when),
      Math.min(at(abattementFraisPro.taux, when) * sal, at(abattementFraisPro.max, when)),
    );
    salaries += sal - Math.min(sal, dedSal);
    const pen = sumOf(p.inputs, ['retraite_imposable', 'pensions_alimentaires_percues'], y);
    pensions += pen;
    pensionAllowance += Math.min(
      pen,
      Math.max(at(abattementPensions.taux, when) * pen, at(abattementPensions.min, when)),
    );
  }
  const cap = at(abattementPensions.max, when);
  const value = Math.round(salaries + pensions - Math.min(pensionAllowance, cap));
  return { value, estimated: true, ref: valueAt(abattementFraisPro.min, when).ref };
}
