// Prefill from what the organisations already know about the person (GET /api/me/profile):
// each answer it provides is marked as prefilled and stays editable in the questionnaire.
import type { Answers, AnswerValue } from '../../../engine/questions/index.ts';
import type { Profile, ProfileAdult } from '../../../shared/contracts/profile.ts';

// The profile is what GET /api/me/profile answers (src/shared/contracts/profile.ts).
export type { Profile, ProfileAdult };

export interface Prefill {
  readonly answers: Answers;
  readonly prefilled: readonly string[];
}

export function prefillFromProfile(profile: Profile): Prefill {
  const entries: [string, AnswerValue | undefined][] = [
    ['couple', profile.adults.length === 2],
    ['nb_enfants', profile.children?.length],
    ['statut_occupation_logement', profile.housing?.status],
    ['loyer', profile.housing?.rent],
    ['zone_apl', profile.housing?.zone],
  ];
  profile.adults.forEach((a, i) => {
    const p = `p${i + 1}`;
    entries.push(
      [`${p}.date_naissance`, a.birthDate],
      [`${p}.activite`, a.activity],
      [`${p}.salaire_net`, a.netSalary],
      [`${p}.chomage_net`, a.unemploymentBenefit],
      [`${p}.retraite_nette`, a.pension],
      [`${p}.handicap`, a.disabled ?? (a.incapacityRate ? true : undefined)],
      [`${p}.taux_incapacite`, a.incapacityRate],
    );
  });
  profile.children?.forEach((c, i) => entries.push([`e${i + 1}.date_naissance`, c.birthDate]));
  const known = entries.filter((e): e is [string, AnswerValue] => e[1] !== undefined);
  return { answers: Object.fromEntries(known), prefilled: known.map(([k]) => k) };
}

/** Only what the person has not answered themselves: a prefill never overwrites their words. */
export function keepOwnAnswers(
  p: Prefill,
  answers: Answers,
  prefilled: readonly string[],
): Prefill {
  const free = (k: string) => !(k in answers) || prefilled.includes(k);
  return {
    answers: Object.fromEntries(Object.entries(p.answers).filter(([k]) => free(k))),
    prefilled: p.prefilled.filter(free),
  };
}
