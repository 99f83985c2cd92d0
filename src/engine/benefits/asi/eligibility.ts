// Who can receive the ASI: a disabled person below the ASPA age who draws an invalidity or
// (early) retirement pension. Only a retirement pension is an input of the engine, so the
// invalidity-pension route is not open yet.
import type { Individu, MonthPeriod } from '../../contract.ts';
import { age, amount, state } from '../../household/inputs.ts';
import { aspaParams } from '../../parameters/aspa.ts';
import { at } from '../../parameters/resolve.ts';
import { addMonths } from '../../period.ts';

/** ASPA age: 65, or the legal retirement age with an incapacity above 50 %. */
export function aspaAge(p: Individu, m: MonthPeriod): boolean {
  const a = age(p, m);
  if (a === undefined) return false;
  const taux = state<number>(p.inputs, 'taux_incapacite', m, 0);
  return (
    a >= at(aspaParams.ageMin, m) ||
    (a >= at(aspaParams.ageLegal, m) && taux > at(aspaParams.tauxIncapacite, m))
  );
}

export function asiEligible(p: Individu, m: MonthPeriod): boolean {
  return (
    state<boolean>(p.inputs, 'handicap', m, false) &&
    amount(p.inputs, 'retraite_nette', addMonths(m, -1)) > 0 &&
    !aspaAge(p, m)
  );
}
