// Aides personnelles au logement for tenants: APL in social housing (conventionné), otherwise
// ALF with dependants, ALS without; one computation, split by kind.
import type {
  BenefitDefinition,
  BenefitId,
  BenefitResult,
  Context,
  MissingInput,
  MonthPeriod,
} from '../../contract.ts';
import { AL_REFS } from '../../parameters/aide-logement-refs.ts';
import { asMonth } from '../../period.ts';
import { granted, notGranted } from '../result.ts';
import type { AlKind } from './montant.ts';
import { aideLogement } from './spiral.ts';

const TENANT_ONLY = new Set([
  'proprietaire',
  'primo_accedant',
  'loge_gratuitement',
  'sans_domicile',
  'locataire_foyer',
]);

function missingInputs(ctx: Context, tenant: boolean): MissingInput[] {
  const menage = ctx.household.menage;
  const wanted = ['statut_occupation_logement', ...(tenant ? ['loyer', 'zone_apl'] : [])];
  return wanted
    .filter((v) => menage.inputs[v] === undefined)
    .map((variable) => ({ variable, entity: 'menage', id: menage.id }));
}

function compute(ctx: Context, id: BenefitId, m: MonthPeriod, kind?: AlKind): BenefitResult {
  const al = aideLogement(ctx, m);
  const missing = missingInputs(ctx, al.statut !== 'non_renseigne' && !TENANT_ONLY.has(al.statut));
  if (al.kind === undefined) {
    return notGranted(
      id,
      m,
      {
        code: 'statut_occupation',
        message:
          al.statut === 'primo_accedant'
            ? 'Les aides au logement des accédants à la propriété ne sont pas encore calculées par ce simulateur.'
            : 'Les aides au logement calculées ici sont réservées aux locataires (logement vide, meublé ou HLM).',
        ref: AL_REFS.arrete2019,
      },
      [],
      missing,
    );
  }
  if (missing.some((x) => x.variable === 'loyer')) {
    return notGranted(
      id,
      m,
      {
        code: 'loyer_inconnu',
        message: 'Le montant du loyer est nécessaire pour calculer l’aide au logement.',
        ref: AL_REFS.arrete2019,
      },
      [],
      missing,
    );
  }
  if (kind !== undefined && al.kind !== kind) {
    const which =
      al.kind === 'apl'
        ? 'Le logement est conventionné (HLM) : c’est l’APL qui est due.'
        : al.kind === 'alf'
          ? 'Avec une personne à charge, c’est l’ALF qui est due.'
          : 'Sans personne à charge, hors logement conventionné, c’est l’ALS qui est due.';
    return notGranted(
      id,
      m,
      { code: 'autre_aide', message: which, ref: AL_REFS.arrete2019 },
      al.trace,
    );
  }
  // Zone unknown: computed for zone 2, and the zone is still asked.
  if (al.amount > 0) return { ...granted(id, m, al.amount, al.trace), missing };
  return notGranted(
    id,
    m,
    {
      code: 'ressources',
      message:
        'La participation personnelle, calculée sur les ressources, couvre le loyer retenu et les charges (ou l’aide est inférieure au minimum versé).',
      ref: AL_REFS.arrete2019,
    },
    al.trace,
    missing,
  );
}

function definition(id: BenefitId, label: string, kind?: AlKind): BenefitDefinition {
  return {
    id,
    label,
    periodicity: 'month',
    entity: 'famille',
    paidBy: ['caf', 'msa'],
    compute: (ctx, period) => compute(ctx, id, asMonth(period), kind),
  };
}

export const aide_logement = definition('aide_logement', 'Aide personnelle au logement');
export const apl = definition('apl', 'Aide personnalisée au logement', 'apl');
export const alf = definition('alf', 'Allocation de logement familiale', 'alf');
export const als = definition('als', 'Allocation de logement sociale', 'als');
