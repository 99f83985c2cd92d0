// Prime d'activité: the montant forfaitaire (revalued every 1 April), the share of activity
// incomes kept, the individual bonus (reformed on 1 April 2026), the forfait logement and the
// payment threshold.
import type { LegalRef, Parameter } from '../contract.ts';

const css = (article: string, what: string, id: string): LegalRef => ({
  title: `Code de la sécurité sociale, art. ${article} (${what})`,
  url: `https://www.legifrance.gouv.fr/codes/article_lc/${id}`,
});
const L842_2 = css('L842-2', 'âge et conditions d’ouverture', 'LEGIARTI000031087615');
const L842_3 = css('L842-3', 'montant forfaitaire', 'LEGIARTI000037994814');
const D843_1 = css('D843-1', 'majorations du montant forfaitaire', 'LEGIARTI000031673885');
const D843_2 = css('D843-2', 'bonification individuelle', 'LEGIARTI000037873473');
const D843_3 = css('D843-3', 'part des revenus d’activité', 'LEGIARTI000037462909');
const D843_4 = css('D843-4', 'AAH comptée comme revenu d’activité', 'LEGIARTI000036579172');
const R844_3 = css('R844-3', 'forfait logement', 'LEGIARTI000048841687');
const D846_2 = css('D846-2', 'montant minimal versé', 'LEGIARTI000031674204');
const R512_2 = css(
  'R512-2',
  'rémunération plancher des élèves, étudiants et apprentis : 55 % du SMIC',
  'LEGIARTI000006750602',
);
const DECRET_2026_222: LegalRef = {
  title:
    'Décret n° 2026-222 du 30 mars 2026 (revalorisation et réforme de la bonification au 1er avril 2026)',
  url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000053733855',
};

const rate = (label: string, from: string, value: number, ref: LegalRef): Parameter => ({
  label,
  unit: 'rate',
  values: [{ from, value, ref }],
});

export const ppaParams = {
  montantDeBase: {
    label: 'Montant forfaitaire de la prime d’activité pour une personne seule',
    unit: 'currency',
    values: [
      {
        from: '2023-04-01',
        value: 595.25,
        ref: {
          title: 'Décret n° 2023-343 du 4 mai 2023, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/article_jo/JORFARTI000047521600',
        },
      },
      {
        from: '2024-04-01',
        value: 622.63,
        ref: {
          title: 'Décret n° 2024-403 du 1er mai 2024, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/article_jo/JORFARTI000049490767',
        },
      },
      {
        from: '2025-04-01',
        value: 633.21,
        ref: {
          title: 'Décret n° 2025-294 du 29 mars 2025, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000051393100',
        },
      },
      { from: '2026-04-01', value: 638.28, ref: DECRET_2026_222 },
    ],
  },
  majorationDeuxiemePersonne: rate(
    'Majoration pour la deuxième personne',
    '2016-01-01',
    0.5,
    D843_1,
  ),
  majorationTroisiemePersonne: rate(
    'Majoration pour la troisième personne',
    '2016-01-01',
    0.3,
    D843_1,
  ),
  majorationEnfantSupplementaire: rate(
    'Majoration par enfant supplémentaire',
    '2016-01-01',
    0.4,
    D843_1,
  ),
  majorationIsolementBase: rate(
    'Montant majoré pour isolement : part du montant de base',
    '2016-01-01',
    1.28412,
    D843_1,
  ),
  majorationIsolementParEnfant: rate(
    'Montant majoré pour isolement : part par enfant à charge',
    '2016-01-01',
    0.42804,
    D843_1,
  ),
  partRevenusActivite: {
    label: 'Part des revenus d’activité ajoutée au montant forfaitaire',
    unit: 'rate',
    values: [
      { from: '2018-08-01', value: 0.61, ref: D843_3 },
      {
        from: '2025-04-01',
        value: 0.5985,
        ref: {
          title: 'Décret du 29 mars 2025 modifiant l’article D843-3 (59,85 %)',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000051393074',
        },
      },
    ],
  },
  seuilBonification: {
    label: 'Bonification : revenus à partir desquels elle croît (en heures de SMIC)',
    unit: 'count',
    values: [{ from: '2016-01-01', value: 59, ref: D843_2 }],
  },
  seuilMaxBonification: {
    label: 'Bonification : revenus auxquels elle atteint son maximum (en heures de SMIC)',
    unit: 'count',
    values: [
      { from: '2018-10-01', value: 120, ref: D843_2 },
      { from: '2026-04-01', value: 138, ref: DECRET_2026_222 },
    ],
  },
  tauxBonificationMax: {
    label: 'Bonification maximale, en part du montant forfaitaire',
    unit: 'rate',
    values: [
      { from: '2018-10-01', value: 0.29101, ref: D843_2 },
      { from: '2026-04-01', value: 0.377, ref: DECRET_2026_222 },
    ],
  },
  forfaitLogement1: rate('Forfait logement, une personne', '2016-01-01', 0.12, R844_3),
  forfaitLogement2: rate('Forfait logement, deux personnes', '2016-01-01', 0.16, R844_3),
  forfaitLogement3: rate('Forfait logement, trois personnes ou plus', '2016-01-01', 0.165, R844_3),
  montantMinimumVerse: {
    label: 'Montant minimal versé',
    unit: 'currency',
    values: [{ from: '2015-10-01', value: 15, ref: D846_2 }],
  },
  ageMin: {
    label: 'Âge minimal',
    unit: 'years',
    values: [{ from: '2015-10-01', value: 18, ref: L842_2 }],
  },
  seuilAahActivite: {
    label:
      'Revenus d’activité au-delà desquels l’AAH compte comme revenu d’activité (heures de SMIC)',
    unit: 'count',
    values: [{ from: '2015-10-01', value: 29, ref: D843_4 }],
  },
  plancherApprenant: rate(
    'Revenus plancher des étudiants et apprentis, en part du SMIC mensuel',
    '1985-12-22',
    0.55,
    R512_2,
  ),
} satisfies Record<string, Parameter>;

export { L842_3 as REF_L842_3, L842_2 as REF_L842_2 };
