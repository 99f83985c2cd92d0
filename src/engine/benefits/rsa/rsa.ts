// Revenu de solidarité active: tops up the household's resources to a flat amount that depends on
// its size (increased for an isolated parent), minus a forfait when housing costs are covered.
import type {
  BenefitDefinition,
  BenefitResult,
  Context,
  MissingInput,
  MonthPeriod,
} from '../../contract.ts';
import { parents } from '../../household/inputs.ts';
import { RSA_REFS } from '../../parameters/rsa.ts';
import { asMonth } from '../../period.ts';
import { rsaOfMonth } from '../aide_logement/spiral.ts';
import { granted, notGranted } from '../result.ts';

const MESSAGES = {
  age: {
    message:
      'Le RSA est ouvert à partir de 25 ans, ou plus tôt avec un enfant à charge ou une activité suffisante avant 25 ans.',
    ref: RSA_REFS.L262_4,
  },
  etudiant: {
    message:
      'Les étudiants ne peuvent pas percevoir le RSA, sauf s’ils ont un enfant à charge ou vivent en couple avec un non-étudiant.',
    ref: RSA_REFS.L262_4,
  },
  ressources: {
    message:
      'Les ressources du foyer atteignent le montant forfaitaire du RSA (ou le reste est inférieur à 6 €).',
    ref: RSA_REFS.R262_6,
  },
} as const;

function missingInputs(ctx: Context): MissingInput[] {
  const h = ctx.household;
  const missing: MissingInput[] = parents(h)
    .filter((p) => p.inputs.date_naissance === undefined)
    .map((p) => ({ variable: 'date_naissance', entity: 'individu', id: p.id }));
  if (h.menage.inputs.statut_occupation_logement === undefined)
    missing.push({ variable: 'statut_occupation_logement', entity: 'menage', id: h.menage.id });
  return missing;
}

function compute(ctx: Context, m: MonthPeriod): BenefitResult {
  const r = rsaOfMonth(ctx, m);
  // Without the housing status the forfait logement is unknown: the amount is an upper bound.
  if (r.amount > 0) return { ...granted('rsa', m, r.amount, r.trace), missing: missingInputs(ctx) };
  const why = MESSAGES[r.reason ?? 'ressources'];
  return notGranted(
    'rsa',
    m,
    { code: r.reason ?? 'ressources', ...why },
    r.trace,
    missingInputs(ctx),
  );
}

export const rsa: BenefitDefinition = {
  id: 'rsa',
  label: 'Revenu de solidarité active',
  periodicity: 'month',
  entity: 'famille',
  paidBy: ['caf', 'msa'],
  compute: (ctx, period) => compute(ctx, asMonth(period)),
};
