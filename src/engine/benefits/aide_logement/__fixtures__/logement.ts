// The dwelling of a test household: occupancy status, zone and monthly rent, constant over
// 2022–2026 (a year key holds the yearly rent, a state the same state every month).
import type { Inputs } from '../../../contract.ts';

const YEARS = ['2022', '2023', '2024', '2025', '2026'];
const each = (v: string | number) => Object.fromEntries(YEARS.map((y) => [y, v]));

export function logement(
  statut: string,
  zone?: 'zone_1' | 'zone_2' | 'zone_3',
  loyer?: number,
): Inputs {
  return {
    statut_occupation_logement: each(statut),
    ...(zone ? { zone_apl: each(zone) } : {}),
    ...(loyer !== undefined ? { loyer: each(loyer * 12) } : {}),
  };
}
