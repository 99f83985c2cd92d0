// The law in force for a period: the last value whose start date is on or before the first
// day of the period.
import type { DatedValue, Parameter, Period } from '../contract.ts';
import { firstDay, formatPeriod } from '../period.ts';

export class ParameterError extends Error {
  override name = 'ParameterError';
}

export function valueAt<T>(parameter: Parameter<T>, period: Period): DatedValue<T> {
  const day = firstDay(period);
  let found: DatedValue<T> | undefined;
  for (const v of parameter.values) {
    if (v.from <= day) found = v;
    else break;
  }
  if (!found) {
    throw new ParameterError(`« ${parameter.label} » n'est pas connu pour ${formatPeriod(period)}`);
  }
  return found;
}

export function at<T>(parameter: Parameter<T>, period: Period): T {
  return valueAt(parameter, period).value;
}
