// Resources counted for housing aids: the 30 % allowance for the unemployed, the flat amounts
// for students and dual-earner couples (the tax deductions are in impot-deductions.ts).
import { AL_REFS, constant, dated } from './aide-logement-refs.ts';

export const ressourcesAl = {
  abattementChomage: constant(
    'Abattement sur les revenus en cas de chômage indemnisé ou de retraite',
    'rate',
    '2002-01-01',
    0.3,
    AL_REFS.cchR822_14,
  ),
  doubleActivite: constant(
    'Abattement forfaitaire pour double activité',
    'currency',
    '2007-07-01',
    95,
    AL_REFS.arrete2019,
  ),
  etudiantAgeMax: constant(
    'Âge maximal des étudiants (forfait de ressources)',
    'years',
    '2020-01-01',
    28,
    AL_REFS.cchR822_20,
  ),
  etudiantForfait: dated('Forfait de ressources des étudiants en location', 'currency', [
    ['2022-08-01', 8100, AL_REFS.aug2022],
    ['2024-01-01', 8400, AL_REFS.r0_2024],
    ['2025-01-01', 8600, AL_REFS.r0_2025],
    ['2026-01-01', 8600, AL_REFS.r0_2026],
  ]),
  boursierMinoration: dated('Minoration du forfait pour les étudiants boursiers', 'currency', [
    ['2022-08-01', 1600, AL_REFS.aug2022],
    ['2024-01-01', 1700, AL_REFS.r0_2024],
  ]),
  /** Dependent children are counted up to the month before their 21st birthday. */
  ageLimiteEnfant: constant(
    'Âge limite des enfants à charge',
    'years',
    '2000-01-01',
    21,
    AL_REFS.cchR823_4,
  ),
  /**
   * ASPA ceiling for a single person on 31 December of year N-2, by year N of the aid: 125 % of
   * it is left out of a child's resources and bounds those of a disabled adult in charge.
   */
  plafondAspaN2: dated(
    'Plafond de ressources de l’ASPA (personne seule) au 31 décembre de N-2',
    'currency',
    [
      [
        '2023-01-01',
        10881.75,
        {
          title: 'Code de la sécurité sociale, art. D815-1 (plafond de l’ASPA au 1er janvier 2021)',
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006750908',
        },
      ],
      [
        '2024-01-01',
        11441.5,
        {
          title: 'Loi n° 2022-1158 du 16 août 2022, art. 9 (revalorisation de 4 %)',
          url: 'https://www.legifrance.gouv.fr/jorf/article_jo/JORFARTI000046186749',
        },
      ],
      [
        '2025-01-01',
        11533.02,
        {
          title: 'Circulaire Cnav 2023/3 du 9 janvier 2023',
          url: 'https://legislation.lassuranceretraite.fr/Pdf/circulaire_cnav_2023_03_09012023.pdf',
        },
      ],
      [
        '2026-01-01',
        12144.27,
        {
          title: 'Circulaire Cnav 2023-34 du 29 décembre 2023',
          url: 'https://legislation.lassuranceretraite.fr/Pdf/circulaire_cnav_2023_34_29122023.pdf',
        },
      ],
    ],
  ),
  partPlafondAspa: constant(
    'Part du plafond de l’ASPA retenue pour les personnes à charge',
    'rate',
    '2000-01-01',
    1.25,
    AL_REFS.cchR823_4,
  ),
};
