// Rent ceilings by zone and household size, the flat allowance for charges, and the rent levels
// above which the aid decreases then stops (revised every 1 October).
import type { Parameter, ZoneApl } from '../contract.ts';
import { AL_REFS, constant, october } from './aide-logement-refs.ts';

export interface ZoneCeilings {
  readonly personnesSeules: Parameter;
  readonly couples: Parameter;
  readonly unEnfant: Parameter;
  readonly parEnfantSupplementaire: Parameter;
  readonly degressivite: Parameter;
  readonly suppression: Parameter;
}

type Row = readonly [number, number, number];
function zone(
  name: string,
  seul: Row,
  couple: Row,
  enfant: Row,
  sup: Row,
  degr: number,
  supp: number,
): ZoneCeilings {
  return {
    personnesSeules: october(`Loyer plafond, personne seule (${name})`, seul),
    couples: october(`Loyer plafond, couple sans personne à charge (${name})`, couple),
    unEnfant: october(`Loyer plafond, une personne à charge (${name})`, enfant),
    parEnfantSupplementaire: october(
      `Loyer plafond, majoration par personne à charge supplémentaire (${name})`,
      sup,
    ),
    degressivite: constant(
      `Loyer au-delà duquel l’aide diminue, en multiple du plafond (${name})`,
      'rate',
      '2016-07-01',
      degr,
      AL_REFS.arrete2019,
    ),
    suppression: constant(
      `Loyer au-delà duquel l’aide est supprimée, en multiple du plafond (${name})`,
      'rate',
      '2016-07-01',
      supp,
      AL_REFS.arrete2019,
    ),
  };
}

export const loyersPlafonds: Readonly<Record<ZoneApl, ZoneCeilings>> = {
  zone_1: zone(
    'zone 1',
    [319.3, 329.71, 333.14],
    [385.09, 397.64, 401.78],
    [435.24, 449.43, 454.1],
    [63.15, 65.21, 65.89],
    3.4,
    4,
  ),
  zone_2: zone(
    'zone 2',
    [278.28, 287.35, 290.34],
    [340.62, 351.72, 355.38],
    [383.28, 395.77, 399.89],
    [55.79, 57.61, 58.21],
    2.5,
    3.1,
  ),
  zone_3: zone(
    'zone 3',
    [260.82, 269.32, 272.12],
    [316.17, 326.48, 329.88],
    [354.51, 366.07, 369.88],
    [50.81, 52.47, 53.01],
    2.5,
    3.1,
  ),
};

export const forfaitCharges = {
  base: october('Forfait de charges', [58.08, 59.97, 60.59]),
  parPersonneACharge: october(
    'Forfait de charges, majoration par personne à charge',
    [13.17, 13.6, 13.74],
  ),
};

/** Share of the rent counted for a furnished dwelling (allocations de logement). */
export const MEUBLE_SHARE = 2 / 3;
