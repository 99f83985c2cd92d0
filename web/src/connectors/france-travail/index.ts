// France Travail: registration as a job seeker and the allowances paid, both from API
// Particulier v3 (statut, indemnités), found through the identifier of the dossier.
import {
  FT_INDEMNITES_PATH,
  FT_STATUT_PATH,
  franceTravailIndemnitesV3,
  franceTravailStatutV3,
  getParsed,
} from '../api-particulier.ts';
import { dossierConnector } from '../base.ts';
import { ConnectorHttpError } from '../types.ts';

// ARE is paid at the start of the month after the one it is due for.
function monthBefore(isoDate: string): string {
  const [y = 0, m = 1] = isoDate.split('-').map(Number);
  const i = y * 12 + m - 2;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}

export const franceTravail = dossierConnector('france-travail', async (ctx) => {
  const { transport, signal, record, dossier } = ctx;
  const identifiant = dossier.numero_dossier;
  if (!identifiant) return record;
  const q = { identifiant };
  const [statut, indemnites] = await Promise.all([
    getParsed(transport, FT_STATUT_PATH, q, franceTravailStatutV3, signal).catch(notFound),
    getParsed(transport, FT_INDEMNITES_PATH, q, franceTravailIndemnitesV3, signal).catch(notFound),
  ]);
  const payments = (indemnites?.data.paiements ?? []).map((p) => ({
    month: monthBefore(p.date_versement),
    paidOn: p.date_versement,
    amountCents: Math.round(p.montant_verse * 100),
  }));
  const rights = record.rights.map((r) => {
    if (r.kind !== 'chomage') return r;
    const last = payments.at(-1);
    return { ...r, payments, ...(last ? { lastPayment: last } : {}) };
  });
  const label = rights.find((r) => r.kind === 'chomage')?.label ?? 'Allocation chômage';
  const registered = statut && !statut.data.inscription.date_fin;
  return {
    ...record,
    rights,
    resources: [
      ...record.resources.filter((x) => x.kind !== 'chomage'),
      ...payments.map((p) => ({
        month: p.month,
        amountCents: p.amountCents,
        kind: 'chomage' as const,
        label,
      })),
    ],
    flags: registered ? ['demandeur-emploi'] : [],
  };
});

function notFound(error: unknown): undefined {
  if (error instanceof ConnectorHttpError && error.status === 404) return undefined;
  throw error;
}
