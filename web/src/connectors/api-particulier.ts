// API Particulier v3 (DINUM) as used by the connectors: identity-mode parameters, and the
// response shapes of the endpoints that exist for social rights (quotient familial CAF & MSA,
// RSA, prime d'activité, ASF, AAH, C2S, France Travail). Every answer is zod-parsed.
import { z } from 'zod';
import {
  ConnectorHttpError,
  ConnectorShapeError,
  type PersonIdentity,
  type Query,
  type Transport,
} from './types.ts';

/** Identity mode: the FranceConnect pivot identity becomes the API's query parameters. */
export function identityQuery(p: PersonIdentity): Query {
  const [year = '', month = ''] = p.birthdate.split('-');
  return {
    nomNaissance: p.family_name,
    prenoms: p.given_name.split(' ').filter(Boolean),
    anneeDateNaissance: year,
    moisDateNaissance: month,
    sexeEtatCivil: p.gender === 'female' ? 'F' : 'M',
    codeCogInseePaysNaissance: p.birthcountry,
    ...(p.birthplace ? { codeCogInseeCommuneNaissance: p.birthplace } : {}),
  };
}

const envelope = <T extends z.ZodType>(data: T) => z.object({ data });

const person = z.object({
  nom_naissance: z.string(),
  nom_usage: z.string().nullish(),
  prenoms: z.string(),
  date_naissance: z.string(),
  sexe: z.enum(['M', 'F']),
});

export const quotientFamilialV3 = envelope(
  z.object({
    allocataires: z.array(person),
    enfants: z.array(person),
    adresse: z
      .object({
        numero_libelle_voie: z.string().nullish(),
        lieu_dit: z.string().nullish(),
        code_postal_ville: z.string().nullish(),
        pays: z.string().nullish(),
      })
      .nullish(),
    quotient_familial: z.object({
      fournisseur: z.enum(['CAF', 'MSA']),
      valeur: z.number(),
      annee: z.number().int(),
      mois: z.number().int().min(1).max(12),
      annee_calcul: z.number().int(),
      mois_calcul: z.number().int().min(1).max(12),
    }),
  }),
);
export type QuotientFamilialV3 = z.infer<typeof quotientFamilialV3>;

export const beneficiaryStatusV3 = envelope(
  z.object({
    est_beneficiaire: z.boolean(),
    avec_majoration: z.boolean().nullish(),
    avec_participation: z.boolean().nullish(),
    date_debut_droit: z.string().nullish(),
  }),
);
export type BeneficiaryStatusV3 = z.infer<typeof beneficiaryStatusV3>;

export const franceTravailStatutV3 = envelope(
  z.object({
    identite: z.object({
      nom_naissance: z.string(),
      prenom: z.string(),
      date_naissance: z.string(),
    }),
    inscription: z.object({
      date_debut: z.string(),
      date_fin: z.string().nullish(),
      categorie: z.object({ code: z.string(), libelle: z.string() }),
    }),
  }),
);

export const franceTravailIndemnitesV3 = envelope(
  z.object({
    identifiant: z.string(),
    paiements: z.array(
      z.object({
        date_versement: z.string(),
        montant_verse: z.number(),
        montant_allocations: z.number(),
        montant_aides: z.number(),
        montant_autres: z.number(),
      }),
    ),
  }),
);

export const DSS_STATUS_PATHS = {
  rsa: '/v3/dss/revenu_solidarite_active/identite',
  ppa: '/v3/dss/prime_activite/identite',
  asf: '/v3/dss/allocation_soutien_familial/identite',
  aah: '/v3/dss/allocation_adulte_handicape/identite',
  c2s: '/v3/dss/complementaire_sante_solidaire/identite',
} as const;
export const QF_PATH = '/v3/dss/quotient_familial/identite';
export const FT_STATUT_PATH = '/v3/france_travail/statut/identifiant';
export const FT_INDEMNITES_PATH = '/v3/france_travail/indemnites/identifiant';

/** GET and parse; the shape error names the path so that a changed API is easy to spot. */
export async function getParsed<T>(
  t: Transport,
  path: string,
  query: Query,
  schema: z.ZodType<T>,
  signal: AbortSignal,
): Promise<T> {
  const body = await t.get(path, query, signal);
  const parsed = schema.safeParse(body);
  if (!parsed.success)
    throw new ConnectorShapeError(`réponse inattendue de ${path} : ${parsed.error.message}`);
  return parsed.data;
}

/** A status endpoint answering 404 means "not a beneficiary", like the real API does. */
export async function beneficiaryStatus(
  t: Transport,
  which: keyof typeof DSS_STATUS_PATHS,
  p: PersonIdentity,
  signal: AbortSignal,
): Promise<BeneficiaryStatusV3['data'] | undefined> {
  try {
    const r = await getParsed(
      t,
      DSS_STATUS_PATHS[which],
      identityQuery(p),
      beneficiaryStatusV3,
      signal,
    );
    return r.data.est_beneficiaire ? r.data : undefined;
  } catch (error) {
    if (error instanceof ConnectorHttpError && error.status === 404) return undefined;
    throw error;
  }
}
