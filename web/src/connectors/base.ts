// Most organisations are "their dossier, plus a few API Particulier statuses": this builds such
// a connector; each organisation's folder only says what it adds.
import type { OrganisationRecord } from '../../../src/shared/contracts/rights.ts';
import { fetchDossier, recordFromDossier, type Dossier } from './dossier.ts';
import type { Connector, ConnectedOrganisation, PersonIdentity, Transport } from './types.ts';

type Flag = OrganisationRecord['flags'][number];
export type Enriched = Omit<OrganisationRecord, 'flags'> & { readonly flags?: readonly Flag[] };

export type Enrich = (ctx: {
  readonly person: PersonIdentity;
  readonly transport: Transport;
  readonly signal: AbortSignal;
  readonly dossier: Dossier;
  readonly record: Omit<OrganisationRecord, 'flags'>;
}) => Promise<Enriched>;

export function dossierConnector(id: ConnectedOrganisation, enrich?: Enrich): Connector {
  return {
    id,
    async fetch(person, transport, signal) {
      const dossier = await fetchDossier(transport, id, person, signal);
      const record = recordFromDossier(id, dossier);
      const out: Enriched = enrich
        ? await enrich({ person, transport, signal, dossier, record })
        : record;
      return { ...out, flags: [...new Set(out.flags ?? [])] };
    },
  };
}

/** The "retraite" flag for an organisation paying a pension now. */
export const retiredFlag = (r: Omit<OrganisationRecord, 'flags'>): Flag[] =>
  r.rights.some((x) => x.kind === 'pension' && x.status === 'en-cours') ? ['retraite'] : [];
