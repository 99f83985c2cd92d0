// "Dites-le nous une fois": the changes a person can declare once for every organisation, as
// the form sends them and the server checks them (same schema, same French messages).
import * as z from 'zod/mini';

const today = () => new Date().toISOString().slice(0, 10);
const pastDate = z.iso
  .date('date attendue au format AAAA-MM-JJ')
  .check(z.refine((d) => d <= today(), 'la date ne peut pas être dans le futur'));

export const addressChange = z.object({
  kind: z.literal('address'),
  line: z
    .string()
    .check(z.trim(), z.minLength(3, 'indiquez le numéro et la rue'), z.maxLength(200)),
  postalCode: z
    .string()
    .check(
      z.regex(/^(?:0[1-9]|[1-8]\d|9[0-8])\d{3}$/, 'code postal à 5 chiffres attendu (ex. 75011)'),
    ),
  commune: z.string().check(z.trim(), z.minLength(1, 'indiquez la commune'), z.maxLength(100)),
  since: pastDate,
});

export const contactChange = z
  .object({
    kind: z.literal('contact'),
    email: z.optional(z.email('adresse électronique invalide (ex. nom@exemple.fr)')),
    phone: z.optional(
      z
        .string()
        .check(
          z.regex(
            /^(?:\+33|0)[1-9](?:[ .]?\d{2}){4}$/,
            'numéro de téléphone français attendu (ex. 06 12 34 56 78)',
          ),
        ),
    ),
  })
  .check(
    z.refine(
      (c) => c.email !== undefined || c.phone !== undefined,
      'indiquez au moins une adresse électronique ou un téléphone',
    ),
  );

export const familyChange = z.object({
  kind: z.literal('family'),
  event: z.enum(['couple', 'separation', 'birth', 'death']),
  date: pastDate,
  /** Name of the child born or of the relative who died, when relevant. */
  person: z.optional(z.string().check(z.trim(), z.maxLength(120))),
});

export const declarationContent = z.discriminatedUnion('kind', [
  addressChange,
  contactChange,
  familyChange,
]);
export type DeclarationContent = z.infer<typeof declarationContent>;

export const declarationRequest = z.object({
  content: declarationContent,
  /** Organisations the person agreed to tell: consent is explicit, per organisation. */
  organisations: z
    .array(z.string().check(z.regex(/^[a-z][a-z-]*$/)))
    .check(z.minLength(1, 'choisissez au moins un organisme à prévenir')),
  consent: z.literal(true, 'votre accord est nécessaire pour transmettre la déclaration'),
});
export type DeclarationRequest = z.infer<typeof declarationRequest>;
