// Chèque énergie: a yearly voucher for households whose revenu fiscal de référence (year N-2)
// per consumption unit is under the ceiling, living in a dwelling subject to the housing tax
// rules (owners and tenants; not homeless, not housed free of charge).
import type {
  BenefitDefinition,
  BenefitResult,
  Context,
  StatutOccupationLogement,
  TraceStep,
} from '../../contract.ts';
import { state } from '../../household/inputs.ts';
import { revenuFiscalReference } from '../../household/rfr.ts';
import { euros, roundCents } from '../../money.ts';
import { chequeEnergieParams as P, REF_L124_1 } from '../../parameters/cheque-energie.ts';
import { at, valueAt } from '../../parameters/resolve.ts';
import { month } from '../../period.ts';
import { granted, notGranted } from '../result.ts';

const DWELLINGS: readonly StatutOccupationLogement[] = [
  'primo_accedant',
  'proprietaire',
  'locataire_hlm',
  'locataire_vide',
  'locataire_meuble',
];

function compute(ctx: Context, y: number): BenefitResult {
  const h = ctx.household;
  const period = { unit: 'year' as const, year: y };
  const jan = month(y, 1);
  const statut = state<StatutOccupationLogement>(
    h.menage.inputs,
    'statut_occupation_logement',
    jan,
    'non_renseigne',
  );
  if (!DWELLINGS.includes(statut)) {
    return notGranted(
      'cheque_energie',
      period,
      {
        code: 'logement',
        message:
          'Le chèque énergie est adressé aux ménages propriétaires ou locataires de leur logement.',
        ref: REF_L124_1,
      },
      [],
      statut === 'non_renseigne'
        ? [{ variable: 'statut_occupation_logement', entity: 'menage', id: h.menage.id }]
        : [],
    );
  }
  const m = h.menage;
  const persons =
    m.personne_de_reference.length + m.conjoint.length + m.enfants.length + m.autres.length;
  const uc =
    at(P.ucPremiere, jan) +
    (persons > 1 ? at(P.ucDeuxieme, jan) : 0) +
    Math.max(0, persons - 2) * at(P.ucAutres, jan);
  const rfr = revenuFiscalReference(h, y - 2);
  const perUc = rfr.value / uc;
  const bareme = valueAt(P.bareme, jan);
  const column = uc <= 1 ? 0 : uc < 2 ? 1 : 2;
  const band = [...bareme.value.bands].reverse().find((b) => perUc >= b.from);
  const amount = perUc < bareme.value.ceiling && band ? band.amounts[column] : 0;
  const trace: TraceStep[] = [
    {
      label: `Revenu fiscal de référence ${y - 2}${rfr.estimated ? ' (estimé à partir des revenus imposables)' : ''}`,
      value: rfr.value,
      unit: 'currency',
      ...(rfr.ref ? { ref: rfr.ref } : {}),
    },
    {
      label: 'Unités de consommation du ménage',
      value: uc,
      unit: 'count',
      formula: `1 pour la première personne, 0,5 pour la deuxième, 0,3 par personne en plus (${persons} personnes)`,
      ref: valueAt(P.ucAutres, jan).ref,
    },
    {
      label: 'Revenu fiscal de référence par unité de consommation',
      value: roundCents(perUc),
      unit: 'currency',
      formula: `${euros(rfr.value)} / ${String(uc).replace('.', ',')}`,
    },
    { label: `Chèque énergie ${y}`, value: amount, unit: 'currency', ref: bareme.ref },
  ];
  if (amount === 0) {
    return notGranted(
      'cheque_energie',
      period,
      {
        code: 'ressources',
        message: `Le revenu fiscal de référence par unité de consommation atteint ${euros(bareme.value.ceiling)}.`,
        ref: bareme.ref,
      },
      trace,
    );
  }
  return granted('cheque_energie', period, amount, trace);
}

export const cheque_energie: BenefitDefinition = {
  id: 'cheque_energie',
  label: 'Chèque énergie',
  periodicity: 'year',
  entity: 'menage',
  paidBy: ['asp'],
  compute: (ctx, period) => compute(ctx, period.year),
};
