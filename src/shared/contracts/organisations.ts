// The organisations a journey sends people to: who they are, how to reach them, what they pay
// or handle. Their pages are link ids of the registry (links.ts), never raw URLs.
import * as z from 'zod/mini';
import { kebabId, localized } from './links.ts';

export const organisation = z.object({
  id: kebabId,
  name: localized,
  shortName: z.string().check(z.minLength(1)),
  /** What the organisation pays or handles, in one sentence. */
  handles: localized,
  phone: z.optional(z.string().check(z.regex(/^[0-9 ]{4,16}$/, 'numéro de téléphone attendu'))),
  /** Link id of the personal space (login), when there is one. */
  space: z.optional(kebabId),
  /** Link id of a public information page, when there is no personal space. */
  website: z.optional(kebabId),
});
export type Organisation = z.infer<typeof organisation>;

export const organisationRegistry = z.object({ organisations: z.array(organisation) });
