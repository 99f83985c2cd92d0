// The sandbox of every organisation, answering the same paths and shapes as the real services
// (API Particulier v3 in identity mode, the partner dossier): the in-process transport and the
// local fake HTTP server both call this, so the HTTP client is tested against real payloads.
import { demoPeople, type DemoPerson } from '../../demo/people.ts';
import {
  DSS_STATUS_PATHS,
  FT_INDEMNITES_PATH,
  FT_STATUT_PATH,
  QF_PATH,
} from '../api-particulier.ts';
import { CONNECTED_ORGANISATIONS } from '../../../../src/shared/contracts/rights.ts';
import { dossierFor } from './dossiers.ts';

export interface SandboxAnswer {
  readonly status: number;
  readonly body: unknown;
}

const notFound = (detail: string): SandboxAnswer => ({
  status: 404,
  body: {
    errors: [
      {
        code: '37003',
        title: 'Entité non trouvée',
        detail,
        meta: { provider: 'Bac à sable Droits360' },
      },
    ],
  },
});
const ok = (data: unknown): SandboxAnswer => ({ status: 200, body: { data, links: {}, meta: {} } });

const norm = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .trim()
    .toUpperCase();

/** The identity-mode match: birth name, first first name, month of birth, sex. */
export function findByIdentity(q: URLSearchParams): DemoPerson | undefined {
  const name = norm(q.get('nomNaissance') ?? '');
  const first = norm(q.getAll('prenoms[]')[0] ?? q.get('prenoms') ?? '');
  const year = q.get('anneeDateNaissance');
  const month = q.get('moisDateNaissance');
  const sex = q.get('sexeEtatCivil');
  return demoPeople.find((p) => {
    const [y, m] = p.claims.birthdate.split('-');
    return (
      norm(p.claims.family_name) === name &&
      norm(p.claims.given_name.split(' ')[0] ?? '') === first &&
      y === year &&
      m === month &&
      (p.claims.gender === 'female' ? 'F' : 'M') === sex
    );
  });
}

const individu = (x: {
  family_name: string;
  given_name: string;
  birthdate: string;
  gender: string;
}) => ({
  nom_naissance: x.family_name.toUpperCase(),
  nom_usage: null,
  prenoms: x.given_name.toUpperCase(),
  date_naissance: x.birthdate,
  sexe: x.gender === 'female' ? 'F' : 'M',
});

function quotientFamilial(p: DemoPerson): SandboxAnswer {
  const qf = p.quotientFamilial;
  if (!qf) return notFound('Dossier allocataire inexistant.');
  const [year = 0, month = 0] = qf.month.split('-').map(Number);
  const a = p.address;
  const partner = p.household.partner;
  return ok({
    allocataires: [individu(p.claims), ...(partner ? [individu(partner)] : [])],
    enfants: p.household.children.filter((c) => c.dependent).map(individu),
    adresse: {
      numero_libelle_voie: a.line,
      lieu_dit: null,
      code_postal_ville: `${a.postalCode} ${a.commune.toUpperCase()}`,
      pays: 'FRANCE',
    },
    quotient_familial: {
      fournisseur: qf.provider,
      valeur: qf.value,
      annee: year,
      mois: month,
      annee_calcul: year,
      mois_calcul: month,
    },
  });
}

function status(p: DemoPerson, benefit: string): SandboxAnswer {
  const b = p.benefits.find((x) => x.benefit === benefit && x.status === 'en-cours');
  return ok({
    est_beneficiaire: b !== undefined,
    avec_majoration: b?.withMajoration ?? (b ? false : null),
    avec_participation: b?.withParticipation ?? null,
    date_debut_droit: b?.since ?? null,
  });
}

function byJobSeekerId(q: URLSearchParams): DemoPerson | undefined {
  const id = q.get('identifiant');
  return demoPeople.find((p) => id && p.activity.jobSeeker?.identifiant === id);
}

const STATUS_BENEFIT: Record<string, string> = {
  [DSS_STATUS_PATHS.rsa]: 'rsa',
  [DSS_STATUS_PATHS.ppa]: 'ppa',
  [DSS_STATUS_PATHS.asf]: 'asf',
  [DSS_STATUS_PATHS.aah]: 'aah',
  [DSS_STATUS_PATHS.c2s]: 'css',
};

export function sandboxAnswer(path: string, q: URLSearchParams): SandboxAnswer {
  if (path === FT_STATUT_PATH || path === FT_INDEMNITES_PATH) {
    const p = byJobSeekerId(q);
    const js = p?.activity.jobSeeker;
    if (!p || !js) return notFound('Aucun demandeur d’emploi pour cet identifiant.');
    if (path === FT_STATUT_PATH)
      return ok({
        identite: {
          nom_naissance: p.claims.family_name.toUpperCase(),
          prenom: p.claims.given_name.split(' ')[0],
          date_naissance: p.claims.birthdate,
        },
        inscription: {
          date_debut: js.since,
          date_fin: null,
          categorie: { code: js.category.code, libelle: js.category.label },
        },
      });
    const are = p.benefits.find((b) => b.benefit === 'are');
    return ok({
      identifiant: js.identifiant,
      paiements: (are?.payments ?? []).map((x) => ({
        date_versement: x.paidOn,
        montant_verse: x.amountCents / 100,
        montant_allocations: x.amountCents / 100,
        montant_aides: 0,
        montant_autres: 0,
      })),
    });
  }
  const person = findByIdentity(q);
  if (path === QF_PATH)
    return person ? quotientFamilial(person) : notFound('Dossier allocataire inexistant.');
  const benefit = STATUS_BENEFIT[path];
  if (benefit)
    return person ? status(person, benefit) : notFound('Dossier allocataire inexistant.');
  const m = /^\/partenaires\/v1\/([a-z-]+)\/dossier$/.exec(path);
  const org = CONNECTED_ORGANISATIONS.find((o) => o === m?.[1]);
  if (org) {
    const d = person ? dossierFor(person, org) : undefined;
    return d ? ok(d) : notFound('Aucun dossier pour cette personne.');
  }
  return {
    status: 404,
    body: { errors: [{ code: '00404', title: 'Chemin inconnu', detail: path }] },
  };
}
