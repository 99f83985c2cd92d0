// Household builders for engine tests: persons by birth date and constant monthly incomes.
import type { Household, Individu, Inputs } from '../../contract.ts';

export interface PersonSpec {
  readonly id: string;
  readonly born: string;
  /** Constant monthly amounts (e.g. { salaire_net: 1200 }) over 2022–2026. */
  readonly monthly?: Readonly<Record<string, number>>;
}

function constant(monthly: Readonly<Record<string, number>> = {}): Inputs {
  const inputs: Record<string, Record<string, number>> = {};
  for (const [variable, value] of Object.entries(monthly)) {
    inputs[variable] = Object.fromEntries(
      ['2022', '2023', '2024', '2025', '2026'].map((y) => [y, value * 12]),
    );
  }
  return inputs;
}

function person(p: PersonSpec): Individu {
  return { id: p.id, inputs: { ...constant(p.monthly), date_naissance: { ETERNITY: p.born } } };
}

export function household(
  parents: readonly PersonSpec[],
  children: readonly PersonSpec[] = [],
  menage: Inputs = {},
): Household {
  const all = [...parents, ...children];
  return {
    individus: Object.fromEntries(all.map((p) => [p.id, person(p)])),
    famille: {
      id: 'f',
      parents: parents.map((p) => p.id),
      enfants: children.map((c) => c.id),
      inputs: {},
    },
    foyer_fiscal: {
      id: 'ff',
      declarants: parents.map((p) => p.id),
      personnes_a_charge: children.map((c) => c.id),
      inputs: {},
    },
    menage: {
      id: 'm',
      personne_de_reference: [parents[0]?.id ?? 'p1'],
      conjoint: parents.slice(1).map((p) => p.id),
      enfants: children.map((c) => c.id),
      autres: [],
      inputs: menage,
    },
  };
}
