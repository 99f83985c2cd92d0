// Every server read and change of the assisted pages, as TanStack Query hooks. Agent routes
// carry the agent's CSRF token, person routes the person's.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  assistedSituationResponse,
  consentSummaryResponse,
  journalResponse,
  mandateCreated,
  mandatesResponse,
  mandateView,
  printResponse,
  shareCreated,
  type MandateCreateRequest,
  type MandateDuration,
  type PRINTABLES,
  type SharedSituation,
} from '../../../shared/contracts/assisted.ts';
import {
  prefillResponse,
  procedureView,
  type ProcedureId,
} from '../../../shared/contracts/procedures.ts';
import {
  agentKioskCodeResponse,
  agentTicket,
  agentTicketsResponse,
  kioskStatusResponse,
  type AgentKioskCodeRequest,
  type AgentTicket,
} from '../../../shared/contracts/kiosk.ts';
import { rightsResponse } from '../../../shared/contracts/rights.ts';
import { getJson, postJson } from './http.ts';
import { getAgentSession, getPersonSession } from './sessions.ts';

export const keys = {
  agent: ['assisted', 'agent'] as const,
  person: ['assisted', 'person'] as const,
  mandates: ['assisted', 'mandates'] as const,
  mandate: (id: string) => ['assisted', 'mandate', id] as const,
  myMandates: ['assisted', 'my-mandates'] as const,
  myJournal: ['assisted', 'my-journal'] as const,
};

export type Ticket = AgentTicket;

export const useAgent = () =>
  useQuery({ queryKey: keys.agent, queryFn: getAgentSession, staleTime: 30_000 });
export const usePerson = () =>
  useQuery({ queryKey: keys.person, queryFn: getPersonSession, staleTime: 30_000 });

/** The waiting list, read again every 20 s while the workspace is open. */
export const useTickets = () =>
  useQuery({
    queryKey: ['assisted', 'tickets'],
    queryFn: () => getJson(agentTicketsResponse, '/api/agent/tickets'),
    refetchInterval: 20_000,
    staleTime: 0,
  });

/** The kiosks of the agent's structure (version, last check-in, time offline, last reset). */
export const useKiosks = () =>
  useQuery({
    queryKey: ['assisted', 'kiosks'],
    queryFn: () => getJson(kioskStatusResponse, '/api/borne/statut'),
    staleTime: 0,
  });

/** An enrolment code (and its link, the code in the fragment) for the agent's reception area. */
export const createKioskCode = (csrf: string, body: AgentKioskCodeRequest) =>
  postJson(agentKioskCodeResponse, '/api/agent/borne/codes', csrf, body);

export const takeTicket = (csrf: string, id: string) =>
  postJson(agentTicket, `/api/agent/tickets/${encodeURIComponent(id)}/prendre`, csrf);
export const finishTicket = (csrf: string, id: string) =>
  postJson(null, `/api/agent/tickets/${encodeURIComponent(id)}/terminer`, csrf);

export const useMandates = () =>
  useQuery({
    queryKey: keys.mandates,
    queryFn: () => getJson(mandatesResponse, '/api/agent/mandats'),
  });

export const useStructureJournal = (enabled: boolean) =>
  useQuery({
    queryKey: ['assisted', 'structure-journal'],
    queryFn: () => getJson(journalResponse, '/api/agent/journal'),
    enabled,
  });

/** One mandate; while it waits for consent, read again every 5 s. */
export const useMandate = (id: string, o: { readonly poll?: boolean } = {}) =>
  useQuery({
    queryKey: keys.mandate(id),
    queryFn: () => getJson(mandateView, `/api/agent/mandats/${encodeURIComponent(id)}`),
    refetchInterval: (q) => (o.poll && q.state.data?.status === 'en-attente' ? 5_000 : false),
    staleTime: 0,
    retry: false,
  });

export const createMandate = (csrf: string, body: MandateCreateRequest) =>
  postJson(mandateCreated, '/api/agent/mandats', csrf, body);
export const renewMandate = (csrf: string, id: string, durationDays: MandateDuration) =>
  postJson(mandateCreated, `/api/agent/mandats/${encodeURIComponent(id)}/renouveler`, csrf, {
    durationDays,
  });
export const revokeAsStructure = (csrf: string, id: string) =>
  postJson(mandateView, `/api/agent/mandats/${encodeURIComponent(id)}/revoquer`, csrf);

const acting = (id: string, path: string) => `/api/agent/mandats/${encodeURIComponent(id)}/${path}`;

export const useMandateRights = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: ['assisted', 'rights', id],
    queryFn: () => getJson(rightsResponse, acting(id, 'droits')),
    enabled,
    retry: false,
    staleTime: 0,
    gcTime: 0,
  });

export const getSituation = (id: string) =>
  getJson(assistedSituationResponse, acting(id, 'situation'));

/** A procedure's starting values, from what FranceConnect and the organisations know. */
export const useProcedurePrefill = (id: string, procedure: ProcedureId | undefined) =>
  useQuery({
    queryKey: ['assisted', 'prefill', id, procedure],
    queryFn: () =>
      getJson(prefillResponse, acting(id, `demarches/${encodeURIComponent(procedure ?? '')}`)),
    enabled: procedure !== undefined,
    retry: false,
    staleTime: 0,
    gcTime: 0,
  });

export const sendProcedure = (
  csrf: string,
  id: string,
  procedure: ProcedureId,
  values: Record<string, string>,
  clientRef: string,
) =>
  postJson(procedureView, acting(id, `demarches/${encodeURIComponent(procedure)}`), csrf, {
    values,
    clientRef,
  });

export const recordPrint = (csrf: string, id: string, what: (typeof PRINTABLES)[number]) =>
  postJson(printResponse, acting(id, 'impression'), csrf, { what });

// The person's side.
export const useConsentSummary = (token: string, enabled: boolean) =>
  useQuery({
    queryKey: ['assisted', 'consent', token],
    queryFn: () =>
      getJson(consentSummaryResponse, `/api/mandats/consentement/${encodeURIComponent(token)}`),
    enabled,
    retry: false,
  });
export const giveConsent = (csrf: string, token: string) =>
  postJson(mandateView, `/api/mandats/consentement/${encodeURIComponent(token)}`, csrf, {
    accept: true,
  });

export const useMyMandates = () =>
  useQuery({
    queryKey: keys.myMandates,
    queryFn: () => getJson(mandatesResponse, '/api/me/mandats'),
  });
export const useMyJournal = () =>
  useQuery({
    queryKey: keys.myJournal,
    queryFn: () => getJson(journalResponse, '/api/me/accompagnement/journal'),
  });
export const revokeMine = (csrf: string, id: string) =>
  postJson(mandateView, `/api/me/mandats/${encodeURIComponent(id)}/revoquer`, csrf);

export const createShare = (csrf: string, situation: SharedSituation) =>
  postJson(shareCreated, '/api/me/partages', csrf, { situation });
export const revokeShare = (csrf: string, code: string) =>
  postJson(null, `/api/me/partages/${encodeURIComponent(code)}/revoquer`, csrf);

/** Refresh what a change touched once it is done. */
export function useRefresh() {
  const client = useQueryClient();
  return (key: readonly unknown[]) => client.invalidateQueries({ queryKey: key });
}

export { useMutation };
