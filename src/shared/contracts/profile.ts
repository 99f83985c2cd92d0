// What `GET /api/me/profile` answers: the typed profile the simulator's prefill takes
// (src/features/simulate/utils/prefill.ts), built by the server from what the organisations
// know. Amounts are euros per month (what the questionnaire asks), rounded to the cent; each
// one is the mean of the three months before `month`, the window RSA and prime d'activité use.
import * as z from 'zod/mini';
import type { Activite, StatutOccupationLogement, ZoneApl } from '../../engine/contract.ts';
import { connectedOrganisation } from './rights.ts';

export const ACTIVITES = [
  'actif',
  'chomeur',
  'etudiant',
  'retraite',
  'inactif',
] as const satisfies readonly Activite[];

export const STATUTS_OCCUPATION = [
  'locataire_vide',
  'locataire_hlm',
  'locataire_meuble',
  'locataire_foyer',
  'proprietaire',
  'primo_accedant',
  'loge_gratuitement',
  'sans_domicile',
  'non_renseigne',
] as const satisfies readonly StatutOccupationLogement[];

export const ZONES_APL = ['zone_1', 'zone_2', 'zone_3'] as const satisfies readonly ZoneApl[];

/** Keys of the questionnaire's incapacity-rate answer (engine TAUX_INCAPACITE). */
export const INCAPACITY_RATES = ['moins_50', 'de_50_a_79', '80_et_plus'] as const;

const euros = z.number().check(z.minimum(0));
const date = z.iso.date();
const month = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/));

export const profileAdult = z.object({
  birthDate: z.exactOptional(date),
  activity: z.exactOptional(z.enum(ACTIVITES)),
  /** Montant net social of the salaries (and self-employed income after allowance). */
  netSalary: z.exactOptional(euros),
  unemploymentBenefit: z.exactOptional(euros),
  pension: z.exactOptional(euros),
  /** Recognised disability (an AAH being paid implies it). */
  disabled: z.exactOptional(z.boolean()),
  incapacityRate: z.exactOptional(z.enum(INCAPACITY_RATES)),
});
export type ProfileAdult = z.infer<typeof profileAdult>;

export const profile = z.object({
  adults: z.union([z.tuple([profileAdult]), z.tuple([profileAdult, profileAdult])]),
  children: z.exactOptional(z.array(z.object({ birthDate: date }))),
  housing: z.exactOptional(
    z.object({
      status: z.exactOptional(z.enum(STATUTS_OCCUPATION)),
      rent: z.exactOptional(euros),
      zone: z.exactOptional(z.enum(ZONES_APL)),
    }),
  ),
});
export type Profile = z.infer<typeof profile>;

export const profileResponse = z.object({
  profile,
  /** The month the profile describes (the current one); amounts are the 3 months before. */
  month,
  /** Organisations whose answers were used (the others were unavailable or know nothing). */
  sources: z.array(connectedOrganisation),
});
export type ProfileResponse = z.infer<typeof profileResponse>;
