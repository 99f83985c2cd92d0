// The input variables the engine reads, by entity (OpenFisca-France names). An input outside
// this list is refused with its name, never silently ignored.
import type { EntityKind } from '../contract.ts';

export const INPUT_VARIABLES: Readonly<Record<EntityKind, readonly string[]>> = {
  individu: [
    'date_naissance',
    'activite',
    'salaire_de_base',
    'salaire_imposable',
    'salaire_net',
    'chomage_brut',
    'chomage_imposable',
    'chomage_net',
    'retraite_brute',
    'retraite_imposable',
    'retraite_nette',
    'pensions_alimentaires_percues',
    'taux_incapacite',
    'aah_restriction_substantielle_durable_acces_emploi',
    'handicap',
    'date_debut_chomage',
    'nationalite',
  ],
  famille: ['rsa_isolement_recent'],
  // rfr: revenu fiscal de référence by year (chèque énergie); estimated from incomes when absent.
  foyer_fiscal: ['rfr'],
  menage: ['statut_occupation_logement', 'zone_apl', 'loyer', 'depcom'],
};

export const ROLE_KEYS: Readonly<Record<Exclude<EntityKind, 'individu'>, readonly string[]>> = {
  famille: ['parents', 'enfants'],
  foyer_fiscal: ['declarants', 'personnes_a_charge'],
  menage: ['personne_de_reference', 'conjoint', 'enfants', 'autres'],
};

export const PLURAL: Readonly<Record<EntityKind, string>> = {
  individu: 'individus',
  famille: 'familles',
  foyer_fiscal: 'foyers_fiscaux',
  menage: 'menages',
};
