// Six scripted households (single parent, young jobseeker, couple with children, single on a
// low income, disability, retiree): the answers a person would give, used by the question-count tests,
// the e2e journeys and scripts/bench/questions.ts. Dates are relative to 2026 simulations.
import type { Answers } from '../types.ts';

export interface ScriptedHousehold {
  readonly id: string;
  readonly answers: Answers;
}

export const SCRIPTED_HOUSEHOLDS: readonly ScriptedHousehold[] = [
  {
    id: 'single_parent_two_children_part_time_tenant',
    answers: {
      couple: false,
      'p1.date_naissance': '1991-03-14',
      nb_enfants: 2,
      'e1.date_naissance': '2017-09-02',
      'e2.date_naissance': '2021-05-20',
      rsa_isolement_recent: false,
      'p1.activite': 'actif',
      'p1.handicap': false,
      statut_occupation_logement: 'locataire_vide',
      loyer: 720,
      zone_apl: 'zone_2',
      'p1.salaire_net': 950,
      pensions_alimentaires_percues: 150,
      'p1.revenus_n2': 11000,
    },
  },
  {
    id: 'young_jobseeker_tenant',
    answers: {
      couple: false,
      'p1.date_naissance': '2002-11-30',
      nb_enfants: 0,
      'p1.activite': 'chomeur',
      'p1.date_debut_chomage': '2025-09-01',
      'p1.handicap': false,
      statut_occupation_logement: 'locataire_meuble',
      loyer: 480,
      zone_apl: 'zone_3',
      'p1.chomage_net': 0,
      'p1.revenus_n2': 6000,
    },
  },
  {
    id: 'couple_three_children_one_salary_social_housing',
    answers: {
      couple: true,
      'p1.date_naissance': '1985-01-10',
      'p2.date_naissance': '1987-06-21',
      nb_enfants: 3,
      'e1.date_naissance': '2012-02-01',
      'e2.date_naissance': '2015-08-15',
      'e3.date_naissance': '2025-10-03',
      'p1.activite': 'actif',
      'p2.activite': 'inactif',
      'p1.handicap': false,
      'p2.handicap': false,
      statut_occupation_logement: 'locataire_hlm',
      loyer: 610,
      zone_apl: 'zone_1',
      'p1.salaire_net': 2100,
      'p1.revenus_n2': 26000,
      'p2.revenus_n2': 0,
    },
  },
  {
    id: 'single_no_child_low_income_tenant',
    answers: {
      couple: false,
      'p1.date_naissance': '1988-04-04',
      nb_enfants: 0,
      'p1.activite': 'actif',
      'p1.handicap': false,
      statut_occupation_logement: 'locataire_vide',
      loyer: 430,
      zone_apl: 'zone_3',
      'p1.salaire_net': 720,
      'p1.revenus_n2': 8500,
    },
  },
  {
    id: 'single_disability_80_tenant',
    answers: {
      couple: false,
      'p1.date_naissance': '1976-07-07',
      nb_enfants: 0,
      'p1.activite': 'inactif',
      'p1.handicap': true,
      'p1.taux_incapacite': '80_et_plus',
      statut_occupation_logement: 'locataire_vide',
      loyer: 520,
      zone_apl: 'zone_2',
      'p1.revenus_n2': 0,
    },
  },
  {
    id: 'single_retired_small_pension_housed_free',
    answers: {
      couple: false,
      'p1.date_naissance': '1955-02-18',
      nb_enfants: 0,
      'p1.activite': 'retraite',
      'p1.handicap': false,
      statut_occupation_logement: 'loge_gratuitement',
      'p1.retraite_nette': 780,
      'p1.revenus_n2': 9800,
    },
  },
];
