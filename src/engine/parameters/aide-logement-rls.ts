// Réduction de loyer de solidarité (social housing): the landlord lowers the rent of tenants under
// a resource ceiling, and 98 % of it is taken off the APL.
import type { Parameter, ZoneApl } from '../contract.ts';
import { AL_REFS, constant, dated } from './aide-logement-refs.ts';

export const fractionRls = constant(
  'Part de la réduction de loyer de solidarité imputée sur l’APL',
  'rate',
  '2018-01-01',
  0.98,
  AL_REFS.cchL832_3,
);

export interface RlsZone {
  /** Monthly ceilings: isolated, couple, then 1 to 6 dependants. */
  readonly plafonds: readonly Parameter[];
  readonly plafondParPacSupplementaire: Parameter;
  /** Monthly reductions: isolated, couple, one dependant. */
  readonly montants: readonly Parameter[];
  readonly montantParPacSupplementaire: Parameter;
}

const KINDS = ['personne seule', 'couple', '1', '2', '3', '4', '5', '6'];

function zone(
  name: string,
  ceilings: readonly (readonly [number, number, number])[],
  amounts: readonly (readonly [number, number, number, number])[],
): RlsZone {
  const ceiling = (label: string, v: readonly [number, number, number]): Parameter =>
    dated(`Plafond de ressources mensuel de la RLS, ${label} (${name})`, 'currency', [
      ['2019-01-01', v[0], AL_REFS.rls2019],
      ['2024-01-01', v[1], AL_REFS.rls2024],
      ['2026-01-01', v[2], AL_REFS.rls2026],
    ]);
  const amount = (label: string, v: readonly [number, number, number, number]): Parameter =>
    dated(`Réduction de loyer de solidarité, ${label} (${name})`, 'currency', [
      ['2023-10-01', v[0], AL_REFS.rlsOct2023],
      ['2024-01-01', v[1], AL_REFS.rls2024],
      ['2025-06-01', v[2], AL_REFS.rls2025],
      ['2026-06-01', v[3], AL_REFS.rlsJune2026],
    ]);
  const label = (k: string): string => (k.length === 1 ? `${k} personne(s) à charge` : k);
  return {
    plafonds: ceilings.slice(0, 8).map((v, i) => ceiling(label(KINDS[i] ?? ''), v)),
    plafondParPacSupplementaire: ceiling(
      'par personne à charge au-delà de six',
      ceilings[8] ?? [0, 0, 0],
    ),
    montants: amounts.slice(0, 3).map((v, i) => amount(label(KINDS[i] ?? ''), v)),
    montantParPacSupplementaire: amount(
      'par personne à charge supplémentaire',
      amounts[3] ?? [0, 0, 0, 0],
    ),
  };
}

export const rlsParZone: Readonly<Record<ZoneApl, RlsZone>> = {
  zone_1: zone(
    'zone 1',
    [
      [915, 959, 970],
      [1102, 1155, 1168],
      [1403, 1470, 1486],
      [1669, 1749, 1768],
      [2043, 2141, 2165],
      [2357, 2470, 2497],
      [2624, 2750, 2781],
      [2905, 3045, 3079],
      [283, 297, 300],
    ],
    [
      [54.51, 55.2, 39.69, 35.99],
      [66.05, 66.73, 47.98, 43.51],
      [74.43, 75.31, 54.14, 49.09],
      [10.48, 10.78, 7.75, 7.03],
    ],
  ),
  zone_2: zone(
    'zone 2',
    [
      [854, 895, 905],
      [1042, 1092, 1104],
      [1329, 1393, 1408],
      [1583, 1659, 1677],
      [1943, 2036, 2059],
      [2243, 2351, 2377],
      [2497, 2617, 2646],
      [2764, 2897, 2929],
      [266, 279, 282],
    ],
    [
      [48.22, 48.45, 34.83, 31.58],
      [58.71, 59.15, 42.53, 38.56],
      [65, 66.06, 47.49, 43.06],
      [9.44, 9.6, 6.9, 6.26],
    ],
  ),
  zone_3: zone(
    'zone 3',
    [
      [828, 868, 878],
      [1008, 1056, 1068],
      [1289, 1351, 1366],
      [1536, 1610, 1628],
      [1877, 1967, 1989],
      [2169, 2273, 2298],
      [2411, 2527, 2555],
      [2671, 2799, 2830],
      [247, 259, 262],
    ],
    [
      [45.08, 45.36, 32.61, 29.57],
      [54.51, 54.92, 39.48, 35.8],
      [60.8, 61.42, 44.16, 40.04],
      [8.39, 8.65, 6.22, 5.64],
    ],
  ),
};
