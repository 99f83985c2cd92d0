// Legal texts behind the housing-aid and RSA tables, and a compact way to write a dated table.
import type { LegalRef, Parameter } from '../contract.ts';

const lf = (title: string, path: string): LegalRef => ({
  title,
  url: `https://www.legifrance.gouv.fr/${path}`,
});

export const AL_REFS = {
  arrete2019: lf(
    'Arrêté du 27 septembre 2019 relatif au calcul des aides personnelles au logement',
    'loda/id/JORFTEXT000039160329',
  ),
  oct2023: lf(
    'Arrêté du 22 septembre 2023 (barème au 1er octobre 2023)',
    'jorf/id/JORFTEXT000048107807',
  ),
  oct2024: lf(
    'Arrêté du 27 septembre 2024 (barème au 1er octobre 2024)',
    'jorf/article_jo/JORFARTI000050278404',
  ),
  oct2025: lf(
    'Arrêté du 5 septembre 2025 relatif au calcul des aides personnelles au logement (barème au 1er octobre 2025)',
    'jorf/id/JORFTEXT000052212770',
  ),
  aug2022: lf(
    'Arrêté du 29 juillet 2022, art. 1 (revalorisation anticipée au 1er août 2022, forfaits étudiants)',
    'jorf/id/JORFTEXT000046114992',
  ),
  r0_2023: lf(
    'Arrêté du 26 décembre 2022, art. 1 (paramètre R0 pour 2023)',
    'jorf/id/JORFTEXT000046829580',
  ),
  r0_2024: lf(
    'Arrêté du 15 décembre 2023 relatif au calcul des aides personnelles au logement pour l’année 2024',
    'jorf/id/JORFTEXT000048621292',
  ),
  r0_2025: lf(
    'Arrêté du 30 décembre 2024 (paramètres R0 et forfaits 2025)',
    'jorf/article_jo/JORFARTI000050873296',
  ),
  r0_2026: lf(
    'Arrêté du 28 décembre 2025 (paramètres 2025 maintenus pour 2026)',
    'loda/id/JORFTEXT000053202812',
  ),
  cchR822_14: lf(
    'Code de la construction et de l’habitation, art. R822-14 (abattement de 30 % en cas de chômage)',
    'codes/article_lc/LEGIARTI000041419358',
  ),
  cchR822_15: lf(
    'Code de la construction et de l’habitation, art. R822-15 et R822-17 (neutralisation des ressources)',
    'codes/article_lc/LEGIARTI000038878973',
  ),
  cchR822_20: lf(
    'Code de la construction et de l’habitation, art. R822-20 (forfait de ressources des étudiants)',
    'codes/article_lc/LEGIARTI000041419188',
  ),
  cchR823_4: lf(
    'Code de la construction et de l’habitation, art. R823-4 (personnes à charge)',
    'codes/article_lc/LEGIARTI000038878933',
  ),
  cchL832_3: lf(
    'Code de la construction et de l’habitation, art. L832-3 (réduction de loyer de solidarité, 98 % imputés sur l’APL)',
    'codes/article_lc/LEGIARTI000038814872',
  ),
  rls2019: lf(
    'Arrêté du 27 décembre 2018 (plafonds de ressources de la réduction de loyer de solidarité, gelés de 2020 à 2023)',
    'jorf/id/JORFTEXT000037880880',
  ),
  rlsOct2023: lf(
    'Arrêté du 21 septembre 2023 (montants de la réduction de loyer de solidarité au 1er octobre 2023)',
    'jorf/id/JORFTEXT000048100093',
  ),
  rls2024: lf(
    'Arrêté du 29 décembre 2023 (plafonds et montants de la réduction de loyer de solidarité)',
    'jorf/id/JORFTEXT000048729702',
  ),
  rls2025: lf(
    'Arrêté du 21 mai 2025 (montants de la réduction de loyer de solidarité)',
    'jorf/id/JORFTEXT000051657925',
  ),
  rls2026: lf(
    'Arrêté du 23 décembre 2025 (plafonds de ressources de la réduction de loyer de solidarité)',
    'jorf/id/JORFTEXT000053175260',
  ),
  rlsJune2026: lf(
    'Arrêté du 22 mai 2026 modifiant l’arrêté du 27 février 2018 relatif à la réduction de loyer de solidarité',
    'jorf/id/JORFTEXT000054132213',
  ),
  cgi83: lf(
    'Code général des impôts, art. 83, 3° (déduction forfaitaire de 10 % pour frais professionnels)',
    'codes/article_lc/LEGIARTI000032701943',
  ),
  cgi158: lf(
    'Code général des impôts, art. 158, 5. a (abattement de 10 % sur les pensions)',
    'codes/article_lc/LEGIARTI000042909707',
  ),
  crds: lf(
    'Code général des impôts, art. 1600-0 J (CRDS de 0,5 %)',
    'codes/article_lc/LEGIARTI000006306523',
  ),
} as const;

/** A dated table from rows [from, value, ref], oldest first. */
export function dated<T = number>(
  label: string,
  unit: Parameter['unit'],
  rows: readonly (readonly [string, T, LegalRef])[],
): Parameter<T> {
  return {
    label,
    ...(unit ? { unit } : {}),
    values: rows.map(([from, value, ref]) => ({ from, value, ref })),
  };
}

/** One value since `from`, kept unchanged since then. */
export function constant(
  label: string,
  unit: Parameter['unit'],
  from: string,
  value: number,
  ref: LegalRef,
): Parameter {
  return dated(label, unit, [[from, value, ref]]);
}

/** Values revised every 1 October (2023, 2024, 2025), from the yearly arrêtés. */
export function october(label: string, v: readonly [number, number, number]): Parameter {
  return dated(label, 'currency', [
    ['2023-10-01', v[0], AL_REFS.oct2023],
    ['2024-10-01', v[1], AL_REFS.oct2024],
    ['2025-10-01', v[2], AL_REFS.oct2025],
  ]);
}
