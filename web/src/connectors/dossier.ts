// The "dossier" each organisation exposes to partners for a person (benefits and payments,
// employers' declarations, pensions, tax). No public API carries all of this today, so this
// shape is the portal's proposal, in the style of API Particulier (French snake_case, amounts
// in euros); see docs/adr/0009-connecteurs.md. Connectors parse it and normalise it.
import { z } from 'zod';
import type { OrganisationRecord } from '../../../src/shared/contracts/rights.ts';
import { getParsed, identityQuery } from './api-particulier.ts';
import {
  ConnectorHttpError,
  NoFileError,
  type ConnectedOrganisation,
  type PersonIdentity,
  type Transport,
} from './types.ts';

const euros = z.number();
const month = z.string().regex(/^\d{4}-\d{2}$/);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const paiement = z.object({ mois: month, date_versement: date, montant: euros });

const prestation = z.object({
  code: z.string(),
  libelle: z.string(),
  nature: z.enum(['prestation', 'pension', 'chomage', 'couverture']),
  etat: z.enum(['en_cours', 'suspendu', 'termine']),
  date_debut: date,
  date_fin: date.nullish(),
  avec_majoration: z.boolean().nullish(),
  avec_participation: z.boolean().nullish(),
  paiements: z.array(paiement),
  prochain_paiement: paiement.nullish(),
});

const contrat = z.object({
  employeur: z.string(),
  siret: z.string(),
  nature_contrat: z.string(),
  date_debut: date,
  date_fin: date.nullish(),
  heures_hebdomadaires: z.number(),
  emploi: z.string(),
  remunerations: z.array(z.object({ mois: month, montant_net_social: euros })),
});

export const dossierSchema = z.object({
  data: z.object({
    numero_dossier: z.string().nullish(),
    regimes: z.array(z.object({ type: z.string(), caisse: z.string() })).default([]),
    adresse: z
      .object({
        ligne: z.string(),
        code_postal: z.string(),
        commune: z.string(),
        code_cog_insee: z.string().nullish(),
      })
      .nullish(),
    foyer: z
      .object({
        situation_familiale: z.string().nullish(),
        conjoint: z
          .object({ prenom: z.string(), nom: z.string(), date_naissance: date.nullish() })
          .nullish(),
        enfants: z.array(
          z.object({ prenom: z.string(), date_naissance: date, a_charge: z.boolean().nullish() }),
        ),
      })
      .nullish(),
    /** Housing as CAF and MSA hold it for the housing aid (statut, loyer hors charges, zone). */
    logement: z
      .object({
        statut: z.enum([
          'locataire',
          'locataire_hlm',
          'proprietaire',
          'heberge_gratuitement',
          'residence_etudiante',
        ]),
        loyer: euros.nullish(),
        charges: euros.nullish(),
        zone_apl: z.union([z.literal(1), z.literal(2), z.literal(3)]).nullish(),
      })
      .nullish(),
    prestations: z.array(prestation).default([]),
    contrats: z.array(contrat).default([]),
    independant: z
      .object({
        activite: z.string(),
        declarations: z.array(z.object({ mois: month, montant: euros })),
      })
      .nullish(),
    fiscal: z
      .array(
        z.object({
          annee_revenus: z.number().int(),
          revenu_fiscal_reference: euros,
          nombre_parts: z.number(),
          impot: euros,
          taux_prelevement: z.number(),
        }),
      )
      .default([]),
    retraite: z.object({ trimestres: z.number().int() }).nullish(),
    sante: z.object({ medecin_traitant: z.boolean(), ald: z.boolean() }).nullish(),
  }),
});
export type Dossier = z.infer<typeof dossierSchema>['data'];
export type DossierInput = z.input<typeof dossierSchema>['data'];

export const dossierPath = (org: ConnectedOrganisation) => `/partenaires/v1/${org}/dossier`;

export async function fetchDossier(
  t: Transport,
  org: ConnectedOrganisation,
  p: PersonIdentity,
  signal: AbortSignal,
): Promise<Dossier> {
  try {
    return (await getParsed(t, dossierPath(org), identityQuery(p), dossierSchema, signal)).data;
  } catch (error) {
    if (error instanceof ConnectorHttpError && error.status === 404)
      throw new NoFileError(`${org} : aucun dossier pour cette personne`);
    throw error;
  }
}

/** Euros with cents as the APIs send them, to integer cents without float drift. */
export const toCents = (e: number): number => Math.round(e * 100);

const HOUSING_STATUS = {
  locataire: 'tenant',
  locataire_hlm: 'social-tenant',
  proprietaire: 'owner',
  heberge_gratuitement: 'hosted-free',
  residence_etudiante: 'student-residence',
} as const;

function housing(l: NonNullable<Dossier['logement']>) {
  return {
    status: HOUSING_STATUS[l.statut],
    ...(l.loyer != null ? { rentCents: toCents(l.loyer) } : {}),
    ...(l.charges != null ? { chargesCents: toCents(l.charges) } : {}),
    ...(l.zone_apl != null ? { zoneApl: `zone_${l.zone_apl}` as const } : {}),
  };
}

const RESOURCE_KIND = {
  prestation: 'prestation',
  pension: 'pension',
  chomage: 'chomage',
} as const;

export function recordFromDossier(
  org: ConnectedOrganisation,
  d: Dossier,
): Omit<OrganisationRecord, 'flags'> {
  const payment = (x: z.infer<typeof paiement>) => ({
    month: x.mois,
    paidOn: x.date_versement,
    amountCents: toCents(x.montant),
  });
  const rights = d.prestations.map((p) => {
    const payments = p.paiements.map(payment);
    const last = payments.at(-1);
    return {
      id: p.code,
      label: p.libelle,
      kind: p.nature,
      status: p.etat === 'en_cours' ? ('en-cours' as const) : p.etat,
      since: p.date_debut,
      ...(p.date_fin ? { until: p.date_fin } : {}),
      ...(p.avec_majoration != null ? { withMajoration: p.avec_majoration } : {}),
      ...(p.avec_participation != null ? { withParticipation: p.avec_participation } : {}),
      payments,
      ...(last ? { lastPayment: last } : {}),
      ...(p.prochain_paiement ? { nextPayment: payment(p.prochain_paiement) } : {}),
    };
  });
  const resources = [
    ...d.prestations.flatMap((p) => {
      const nature = p.nature;
      if (nature === 'couverture') return [];
      return p.paiements.map((x) => ({
        month: x.mois,
        amountCents: toCents(x.montant),
        kind: RESOURCE_KIND[nature],
        label: p.libelle,
      }));
    }),
    ...d.contrats.flatMap((c) =>
      c.remunerations.map((r) => ({
        month: r.mois,
        amountCents: toCents(r.montant_net_social),
        kind: 'salaire' as const,
        label: c.employeur,
      })),
    ),
    ...(d.independant?.declarations ?? []).map((x) => ({
      month: x.mois,
      amountCents: toCents(x.montant),
      kind: 'independant' as const,
      label: d.independant?.activite ?? '',
    })),
  ].filter((r) => r.amountCents !== 0);
  return {
    organisation: org,
    ...(d.numero_dossier ? { fileNumber: d.numero_dossier } : {}),
    ...(d.adresse
      ? {
          address: {
            line: d.adresse.ligne,
            postalCode: d.adresse.code_postal,
            commune: d.adresse.commune,
            ...(d.adresse.code_cog_insee ? { communeInsee: d.adresse.code_cog_insee } : {}),
          },
        }
      : {}),
    ...(d.foyer
      ? {
          household: {
            ...(d.foyer.situation_familiale ? { couple: d.foyer.situation_familiale } : {}),
            ...(d.foyer.conjoint
              ? {
                  partner: {
                    givenName: d.foyer.conjoint.prenom,
                    familyName: d.foyer.conjoint.nom,
                    ...(d.foyer.conjoint.date_naissance
                      ? { birthdate: d.foyer.conjoint.date_naissance }
                      : {}),
                  },
                }
              : {}),
            children: d.foyer.enfants.map((e) => ({
              givenName: e.prenom,
              birthdate: e.date_naissance,
              ...(e.a_charge != null ? { dependent: e.a_charge } : {}),
            })),
          },
        }
      : {}),
    ...(d.logement ? { housing: housing(d.logement) } : {}),
    regimes: d.regimes.map((r) => ({ kind: r.type, caisse: r.caisse })),
    rights,
    resources,
    activity: d.contrats.map((c) => ({
      employer: c.employeur,
      siret: c.siret,
      contract: c.nature_contrat,
      start: c.date_debut,
      ...(c.date_fin ? { end: c.date_fin } : {}),
      weeklyHours: c.heures_hebdomadaires,
      jobTitle: c.emploi,
      pay: c.remunerations.map((r) => ({
        month: r.mois,
        amountCents: toCents(r.montant_net_social),
      })),
    })),
    ...(d.fiscal.length
      ? {
          tax: d.fiscal.map((f) => ({
            incomeYear: f.annee_revenus,
            revenuFiscalDeReferenceCents: toCents(f.revenu_fiscal_reference),
            nombreDeParts: f.nombre_parts,
            impotCents: toCents(f.impot),
            tauxPrelevementPercent: f.taux_prelevement,
          })),
        }
      : {}),
    ...(d.retraite ? { retirementQuarters: d.retraite.trimestres } : {}),
  };
}
