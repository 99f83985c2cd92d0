// What each organisation's sandbox knows about a fictitious person, as the partner "dossier"
// (see ../dossier.ts). Everything comes from the one record in web/src/demo/people, so CAF, the
// MSA, the Assurance Maladie and the tax office agree about the same household.
import type { Benefit, DemoPerson, Pension } from '../../demo/people.ts';
import type { DossierInput } from '../dossier.ts';
import type { ConnectedOrganisation } from '../types.ts';

const euros = (cents: number) => cents / 100;
const paiement = (p: { month: string; paidOn: string; amountCents: number }) => ({
  mois: p.month,
  date_versement: p.paidOn,
  montant: euros(p.amountCents),
});

function nature(b: Benefit) {
  if (b.benefit === 'css') return 'couverture' as const;
  if (b.benefit === 'are') return 'chomage' as const;
  if (b.benefit === 'pension_reversion') return 'pension' as const;
  return 'prestation' as const;
}

function fromBenefit(b: Benefit, withPayments: boolean) {
  return {
    code: b.benefit,
    libelle: b.label,
    nature: nature(b),
    etat: b.status === 'en-cours' ? ('en_cours' as const) : b.status,
    date_debut: b.since,
    date_fin: b.until ?? null,
    avec_majoration: b.withMajoration ?? null,
    avec_participation: b.withParticipation ?? null,
    paiements: withPayments ? b.payments.map(paiement) : [],
    prochain_paiement: withPayments && b.nextPayment ? paiement(b.nextPayment) : null,
  };
}

function fromPension(p: Pension) {
  const reversion = /réversion/i.test(p.label);
  const complementary = p.organisation === 'agirc-arrco';
  return {
    code: `${reversion ? 'pension_reversion' : 'retraite'}${complementary ? '_complementaire' : '_base'}`,
    libelle: p.label,
    nature: 'pension' as const,
    etat: 'en_cours' as const,
    date_debut: p.since,
    paiements: p.payments.map(paiement),
  };
}

function adresse(p: DemoPerson, org: ConnectedOrganisation) {
  const a =
    p.addressKnownBy?.[org] === 'previous' && p.previousAddress ? p.previousAddress : p.address;
  return {
    ligne: a.line,
    code_postal: a.postalCode,
    commune: a.commune,
    code_cog_insee: a.communeInsee,
  };
}

function foyer(p: DemoPerson) {
  const partner = p.household.partner;
  return {
    situation_familiale: p.household.couple,
    conjoint: partner
      ? { prenom: partner.given_name, nom: partner.family_name, date_naissance: partner.birthdate }
      : null,
    enfants: p.household.children.map((c) => ({
      prenom: c.given_name,
      date_naissance: c.birthdate,
      a_charge: c.dependent,
    })),
  };
}

const STATUT = {
  tenant: 'locataire',
  'social-tenant': 'locataire_hlm',
  owner: 'proprietaire',
  'hosted-free': 'heberge_gratuitement',
  'student-residence': 'residence_etudiante',
} as const;

function logement(p: DemoPerson) {
  const h = p.housing;
  return {
    statut: STATUT[h.status],
    loyer: h.rentCents === undefined ? null : euros(h.rentCents),
    charges: h.chargesCents === undefined ? null : euros(h.chargesCents),
    zone_apl: Number(h.zoneApl.slice(-1)) as 1 | 2 | 3,
  };
}

const MSA = new Set(['msa-salarie', 'msa-exploitant']);

function regimes(p: DemoPerson, keep: (r: DemoPerson['regimes'][number]) => boolean) {
  return p.regimes.filter(keep).map((r) => ({ type: r.kind, caisse: r.caisse }));
}

/** Self-employed income, declared to the MSA (farmers) or to URSSAF (micro-entrepreneurs). */
function independant(p: DemoPerson, status: 'exploitant-agricole' | 'micro-entrepreneur') {
  const self = p.activity.selfEmployment;
  if (self?.status !== status) return null;
  return {
    activite: self.activity,
    declarations: self.declared.map((d) => ({ mois: d.month, montant: euros(d.amountCents) })),
  };
}

/** Whether the organisation holds a file for this person at all. */
export function hasFile(p: DemoPerson, org: ConnectedOrganisation): boolean {
  const pays = p.benefits.some((b) => b.organisation === org);
  switch (org) {
    case 'caf':
      return pays || p.quotientFamilial?.provider === 'CAF';
    case 'msa':
      return (
        pays ||
        p.quotientFamilial?.provider === 'MSA' ||
        p.regimes.some((r) => MSA.has(r.kind)) ||
        p.pensions.some((x) => x.organisation === 'msa')
      );
    case 'cpam':
      return pays || p.regimes.some((r) => r.kind === 'general');
    case 'cnav':
      return pays || p.career !== undefined || p.pensions.some((x) => x.organisation === org);
    case 'agirc-arrco':
      return pays || p.pensions.some((x) => x.organisation === org);
    case 'france-travail':
      return pays || p.activity.jobSeeker !== undefined;
    case 'urssaf':
      return (
        p.activity.employments.length > 0 ||
        p.activity.selfEmployment?.status === 'micro-entrepreneur'
      );
    case 'impots':
      return p.tax.length > 0;
  }
}

export function dossierFor(p: DemoPerson, org: ConnectedOrganisation): DossierInput | undefined {
  if (!hasFile(p, org)) return undefined;
  const own = p.benefits.filter((b) => b.organisation === org);
  // France Travail's payments come from API Particulier's "indemnités" endpoint instead.
  const prestations = [
    ...own.map((b) => fromBenefit(b, org !== 'france-travail')),
    ...p.pensions.filter((x) => x.organisation === org).map(fromPension),
  ];
  const numero = org === 'france-travail' ? p.activity.jobSeeker?.identifiant : p.identifiers[org];
  const base = { numero_dossier: numero ?? null, adresse: adresse(p, org), prestations };
  switch (org) {
    case 'caf':
      return { ...base, foyer: foyer(p), logement: logement(p) };
    case 'msa':
      return {
        ...base,
        foyer: foyer(p),
        logement: logement(p),
        regimes: regimes(p, (r) => MSA.has(r.kind)),
        independant: independant(p, 'exploitant-agricole'),
      };
    case 'cpam':
      return {
        ...base,
        regimes: regimes(p, (r) => r.kind === 'general'),
        sante: p.health ? { medecin_traitant: p.health.medecinTraitant, ald: p.health.ald } : null,
      };
    case 'cnav': {
      const quarters =
        p.pensions.find((x) => x.trimestres !== undefined)?.trimestres ?? p.career?.cnavQuarters;
      return { ...base, retraite: quarters === undefined ? null : { trimestres: quarters } };
    }
    case 'urssaf':
      return {
        ...base,
        regimes: regimes(p, (r) => r.kind === 'independant'),
        contrats: p.activity.employments.map((e) => ({
          employeur: e.employer,
          siret: e.siret,
          nature_contrat: e.contract,
          date_debut: e.start,
          date_fin: e.end ?? null,
          heures_hebdomadaires: e.weeklyHours,
          emploi: e.jobTitle,
          remunerations: e.pay.map((m) => ({
            mois: m.month,
            montant_net_social: euros(m.amountCents),
          })),
        })),
        independant: independant(p, 'micro-entrepreneur'),
      };
    case 'impots':
      return {
        ...base,
        foyer: foyer(p),
        fiscal: p.tax.map((t) => ({
          annee_revenus: t.incomeYear,
          revenu_fiscal_reference: euros(t.revenuFiscalDeReferenceCents),
          nombre_parts: t.nombreDeParts,
          impot: euros(t.impotCents),
          taux_prelevement: t.tauxPrelevementPercent,
        })),
      };
    default:
      return base;
  }
}
