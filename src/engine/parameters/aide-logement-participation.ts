// Personal participation of the household (P = P0 + Tp × (R − R0)) and the payment rules:
// minimum participation, family and rent rates, R0 by household, flat reduction, thresholds.
import type { Parameter } from '../contract.ts';
import { AL_REFS, constant, dated, october } from './aide-logement-refs.ts';

const r0 = (label: string, v: readonly [number, number, number]): Parameter =>
  dated(`Abattement R0, ${label}`, 'currency', [
    ['2023-01-01', v[0], AL_REFS.r0_2023],
    ['2024-01-01', v[1], AL_REFS.r0_2024],
    ['2025-01-01', v[2], AL_REFS.r0_2025],
    ['2026-01-01', v[2], AL_REFS.r0_2026],
  ]);

/** R0 by household: isolated, couple, then 1 to 6 dependants, and per dependant beyond 6. */
export const r0Abattement = {
  seul: r0('personne seule', [4949, 5186, 5235]),
  couple: r0('couple sans personne à charge', [7090, 7430, 7501]),
  pac: [
    r0('une personne à charge', [8456, 8862, 8947]),
    r0('deux personnes à charge', [8646, 9061, 9148]),
    r0('trois personnes à charge', [8977, 9408, 9498]),
    r0('quatre personnes à charge', [9311, 9758, 9851]),
    r0('cinq personnes à charge', [9642, 10105, 10202]),
    r0('six personnes à charge', [9975, 10454, 10554]),
  ],
  parPacSupplementaire: r0('par personne à charge au-delà de six', [328, 343, 346]),
} as const;

const tf = (label: string, v: number): Parameter =>
  constant(`Taux famille (TF), ${label}`, 'rate', '2007-07-01', v, AL_REFS.arrete2019);

/** TF: isolated, couple, then 1 to 6 dependants; beyond 6, a decrease per dependant. */
export const tauxFamille = {
  seul: tf('personne seule', 0.0283),
  couple: tf('couple sans personne à charge', 0.0315),
  pac: [
    tf('une personne à charge', 0.027),
    tf('deux personnes à charge', 0.0238),
    tf('trois personnes à charge', 0.0201),
    tf('quatre personnes à charge', 0.0185),
    tf('cinq personnes à charge', 0.0179),
    tf('six personnes à charge', 0.0173),
  ],
  parPacSupplementaire: tf('par personne à charge au-delà de six', -0.0006),
} as const;

/** TL: a rate on the ratio of the rent to the zone 2 ceiling, by bands of that ratio. */
export const tauxLoyer = {
  seuil1: constant(
    'Taux loyer (TL), premier seuil',
    'rate',
    '2001-01-01',
    0.45,
    AL_REFS.arrete2019,
  ),
  seuil2: constant('Taux loyer (TL), second seuil', 'rate', '2001-01-01', 0.75, AL_REFS.arrete2019),
  taux2: constant(
    'Taux loyer (TL), taux entre les seuils',
    'rate',
    '2007-07-01',
    0.0045,
    AL_REFS.arrete2019,
  ),
  taux3: constant(
    'Taux loyer (TL), taux au-delà du second seuil',
    'rate',
    '2007-07-01',
    0.0068,
    AL_REFS.arrete2019,
  ),
};

export const participationMinimale = {
  taux: constant(
    'Participation minimale P0, taux de la dépense',
    'rate',
    '2001-01-01',
    0.085,
    AL_REFS.arrete2019,
  ),
  forfait: october('Participation minimale P0, montant plancher', [37.91, 39.15, 39.56]),
};

export const versement = {
  minoration: constant('Minoration forfaitaire', 'currency', '2017-10-01', 5, AL_REFS.arrete2019),
  seuilNonApl: constant(
    'Montant minimal versé (allocations de logement)',
    'currency',
    '2017-10-01',
    10,
    AL_REFS.arrete2019,
  ),
  seuilApl: constant(
    'Montant minimal versé (APL)',
    'currency',
    '2018-03-01',
    0,
    AL_REFS.arrete2019,
  ),
  crds: constant('Taux de la CRDS', 'rate', '1996-02-01', 0.005, AL_REFS.crds),
};
