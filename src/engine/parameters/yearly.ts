// Amounts and ceilings revised every 1 January (2024 to 2026), and the instruction that set
// the 2026 family-benefit ceilings, shared by the benefits that use them.
import type { LegalRef, Parameter } from '../contract.ts';

export const INSTR_PLAFONDS_2026: LegalRef = {
  title: 'Instruction interministérielle DSS/2B/2025/177 du 18 décembre 2025 (plafonds 2026)',
  url: 'https://bulletins-officiels.social.gouv.fr/sites/textes-officiels/files/2025-12/SFHS2535630J_0.pdf',
};

/** A currency amount in force from 1 January 2024, 2025 and 2026, each with its reference. */
export function fromJanuary(
  label: string,
  values: readonly [number, number, number],
  refs: readonly [LegalRef, LegalRef, LegalRef],
): Parameter {
  return {
    label,
    unit: 'currency',
    values: values.map((value, i) => ({
      from: `${2024 + i}-01-01`,
      value,
      ref: refs[i] ?? refs[0],
    })),
  };
}

export const ARRETE_PLAFONDS_2023: LegalRef = {
  title:
    'Arrêté du 21 décembre 2022 relatif aux plafonds de ressources de certaines prestations familiales',
  url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000046794210',
};

/** The same table with earlier values, oldest first: the prime d'activité of early 2024 and
 * the tests of N-2 look back before 2024. */
export function withEarlier(parameter: Parameter, earlier: Parameter['values']): Parameter {
  return { ...parameter, values: [...earlier, ...parameter.values] };
}
