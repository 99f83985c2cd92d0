// "Et si…": one change applied to the answers, to compare the results before and after.
import { pruneAnswers } from '../../../engine/questions/index.ts';
import type { Answers } from '../../../engine/questions/index.ts';

export type Change =
  | { readonly kind: 'job'; readonly salary: number }
  | { readonly kind: 'move'; readonly rent: number }
  | { readonly kind: 'separation' }
  | { readonly kind: 'birth'; readonly date: string };

export const CHANGES = ['job', 'move', 'separation', 'birth'] as const;

const tenancy = (a: Answers) =>
  typeof a.statut_occupation_logement === 'string' &&
  a.statut_occupation_logement.startsWith('locataire')
    ? a.statut_occupation_logement
    : undefined;

export function applyChange(answers: Answers, change: Change): Answers {
  switch (change.kind) {
    case 'job':
      return pruneAnswers({ ...answers, 'p1.activite': 'actif', 'p1.salaire_net': change.salary });
    case 'move':
      // A move to a rented home; the zone stays the current one when known.
      return pruneAnswers({
        ...answers,
        statut_occupation_logement: tenancy(answers) ?? 'locataire_vide',
        loyer: change.rent,
        zone_apl: answers.zone_apl ?? 'zone_2',
      });
    case 'separation': {
      const children = typeof answers.nb_enfants === 'number' ? answers.nb_enfants : 0;
      return pruneAnswers({
        ...answers,
        couple: false,
        ...(children > 0
          ? {
              rsa_isolement_recent: true,
              pensions_alimentaires_percues: answers.pensions_alimentaires_percues ?? 0,
            }
          : {}),
      });
    }
    case 'birth': {
      const n = (typeof answers.nb_enfants === 'number' ? answers.nb_enfants : 0) + 1;
      const alone = answers.couple !== true;
      return pruneAnswers({
        ...answers,
        nb_enfants: n,
        [`e${n}.date_naissance`]: change.date,
        ...(alone
          ? {
              rsa_isolement_recent: answers.rsa_isolement_recent ?? false,
              pensions_alimentaires_percues: answers.pensions_alimentaires_percues ?? 0,
            }
          : {}),
      });
    }
  }
}
