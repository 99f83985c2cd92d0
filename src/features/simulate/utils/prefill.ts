// Prefill from what is already known about the person (identity and dashboard, later): each
// answer it provides is marked as prefilled and stays editable in the questionnaire.
import type { Activite, StatutOccupationLogement, ZoneApl } from '../../../engine/contract.ts';
import type { Answers, AnswerValue } from '../../../engine/questions/index.ts';

export interface ProfileAdult {
  readonly birthDate?: string; // YYYY-MM-DD
  readonly activity?: Activite;
  readonly netSalary?: number;
  readonly unemploymentBenefit?: number;
  readonly pension?: number;
}

export interface Profile {
  readonly adults: readonly [ProfileAdult] | readonly [ProfileAdult, ProfileAdult];
  readonly children?: readonly { readonly birthDate: string }[];
  readonly housing?: {
    readonly status?: StatutOccupationLogement;
    readonly rent?: number;
    readonly zone?: ZoneApl;
  };
}

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
    );
  });
  profile.children?.forEach((c, i) => entries.push([`e${i + 1}.date_naissance`, c.birthDate]));
  const known = entries.filter((e): e is [string, AnswerValue] => e[1] !== undefined);
  return { answers: Object.fromEntries(known), prefilled: known.map(([k]) => k) };
}
