// Adds states (taux d'incapacité, activité…) to one person of a built household, constant over
// 2022–2026 (a year key on a state means the same state every month).
import type { Household } from '../../contract.ts';

export function withStates(
  h: Household,
  id: string,
  states: Readonly<Record<string, number | string | boolean>>,
): Household {
  const p = h.individus[id];
  if (!p) throw new Error(`no individual ${id}`);
  const added = Object.fromEntries(
    Object.entries(states).map(([variable, value]) => [
      variable,
      Object.fromEntries(['2022', '2023', '2024', '2025', '2026'].map((y) => [y, value])),
    ]),
  );
  return { ...h, individus: { ...h.individus, [id]: { ...p, inputs: { ...p.inputs, ...added } } } };
}
