// Income-tax deductions of 10 % on wages (frais professionnels) and on pensions, with their
// bounds, by income year: the row dated 1 January Y holds the limits that apply to year Y's
// incomes. One table for every reader: housing aids (incomes of the year before) and the
// estimate of the revenu fiscal de référence (chèque énergie, incomes of N-2).
import type { LegalRef } from '../contract.ts';
import { AL_REFS, constant, dated } from './aide-logement-refs.ts';

const lf = (title: string, path: string): LegalRef => ({
  title,
  url: `https://www.legifrance.gouv.fr/${path}`,
});
const DECRET_2023_422 = lf(
  'Décret n° 2023-422 du 31 mai 2023, art. 1 (limites des déductions de 10 %, revenus 2022)',
  'jorf/id/JORFTEXT000047618675',
);
const DECRET_2024_496 = lf(
  'Décret n° 2024-496 du 30 mai 2024, art. 1 (limites des déductions de 10 %, revenus 2023)',
  'jorf/article_jo/JORFARTI000049629765',
);
const DECRET_2026_562 = lf(
  'Décret n° 2026-562 du 29 juin 2026, art. 2 (limites des déductions de 10 %, revenus 2025)',
  'jorf/id/JORFTEXT000054341109',
);

/** Rows for the incomes of 2022 to 2025, each with the text that fixed that year's limit. */
const byIncomeYear = (label: string, v: readonly [number, number, number, number], cgi: LegalRef) =>
  dated(label, 'currency', [
    ['2022-01-01', v[0], DECRET_2023_422],
    ['2023-01-01', v[1], DECRET_2024_496],
    ['2024-01-01', v[2], cgi],
    ['2025-01-01', v[3], DECRET_2026_562],
  ]);

export const abattementFraisPro = {
  taux: constant(
    'Déduction forfaitaire pour frais professionnels',
    'rate',
    '1943-01-01',
    0.1,
    AL_REFS.cgi83,
  ),
  min: byIncomeYear(
    'Déduction pour frais professionnels, minimum',
    [472, 495, 504, 509],
    AL_REFS.cgi83,
  ),
  max: byIncomeYear(
    'Déduction pour frais professionnels, maximum',
    [13522, 14171, 14426, 14555],
    AL_REFS.cgi83,
  ),
};

export const abattementPensions = {
  taux: constant('Abattement sur les pensions', 'rate', '1943-01-01', 0.1, AL_REFS.cgi158),
  min: byIncomeYear(
    'Abattement sur les pensions, minimum par personne',
    [422, 442, 450, 454],
    AL_REFS.cgi158,
  ),
  max: byIncomeYear(
    'Abattement sur les pensions, maximum par foyer',
    [4123, 4321, 4399, 4439],
    AL_REFS.cgi158,
  ),
};
