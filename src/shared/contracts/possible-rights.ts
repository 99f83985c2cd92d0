// What `GET /api/me/possible-rights` answers: "Vous pourriez avoir droit à…". The server runs
// the engine on what the organisations know about the person's household (current month) and
// lists the benefits the engine grants that no organisation pays today, each with its
// estimate, the engine's explanation and a link to the simulator prefilled with the same data.
import * as z from 'zod/mini';
import { connectedOrganisation } from './rights.ts';

const cents = z.int();
const month = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/));

export const explanationStep = z.object({
  label: z.string(),
  value: z.union([z.number(), z.string(), z.boolean()]),
  unit: z.optional(z.enum(['currency', 'rate', 'count', 'months', 'years'])),
  formula: z.optional(z.string()),
});

export const possibleRight = z.object({
  /** OpenFisca-France benefit name (af, rsa, aide_logement, css_participation_forfaitaire…). */
  id: z.string(),
  /** Official French name, from the engine. */
  label: z.string(),
  periodicity: z.enum(['month', 'year']),
  /**
   * amount: a sum paid to the person (amountCents per month, or per year for yearly ones);
   * coverage: a cover such as the C2S, amountCents being the monthly participation (0 = free).
   */
  kind: z.enum(['amount', 'coverage']),
  amountCents: cents,
  /** Who pays it: where to apply (the engine's list: caf, msa, cpam, cnav…). */
  paidBy: z.array(z.string()),
  explanation: z.object({
    /** The top level of the engine's trace ("why this amount"), in order. */
    steps: z.array(explanationStep),
    references: z.array(z.object({ title: z.string(), url: z.string() })),
  }),
  /** The simulator, oriented to this benefit and prefilled from GET /api/me/profile. */
  simulateUrl: z.string(),
});
export type PossibleRight = z.infer<typeof possibleRight>;

export const possibleRightsResponse = z.object({
  /** The month simulated (the current one). */
  month,
  /**
   * complete: every organisation answered (fresh or cached); partial: some did not, so what
   * they pay and know is unknown and no estimate is given (`rights` is empty).
   */
  status: z.enum(['complete', 'partial']),
  unavailable: z.array(connectedOrganisation),
  rights: z.array(possibleRight),
});
export type PossibleRightsResponse = z.infer<typeof possibleRightsResponse>;
