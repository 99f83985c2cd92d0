// Inputs a benefit cannot do without: listed in missing[], they drive the questionnaire.
import type { Household, MissingInput } from '../contract.ts';

/** The birth dates not given among these persons. */
export function missingBirthDates(h: Household, ids: readonly string[]): MissingInput[] {
  return ids
    .filter((id) => h.individus[id]?.inputs.date_naissance === undefined)
    .map((id) => ({ variable: 'date_naissance', entity: 'individu', id }));
}
