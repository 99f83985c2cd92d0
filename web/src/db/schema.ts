// The tables of the portal's own database. Only what the portal itself holds lives here: data
// fetched from the organisations stays theirs and is only cached (connector_cache) with a date.
// Times are epoch milliseconds in bigint columns; JSON documents are text, so that SQLite and
// PostgreSQL store them the same way.
import type { ColumnType } from 'kysely';
import type { AgentSessionsTable } from '../auth/agents-sessions.ts';
import type { SessionsTable } from '../auth/session-repository-sql.ts';

export interface UsersTable {
  /** FranceConnect `sub`: the only key the portal uses for a person. */
  sub: string;
  given_name: string;
  family_name: string;
  first_seen_at: number;
  last_seen_at: number;
}

export interface PreferencesTable {
  user_sub: string;
  /** JSON array of card ids, in the order the person pinned them. */
  pinned: string;
  /** JSON array of card ids. */
  hidden: string;
  updated_at: number;
}

export interface ErrorReportsTable {
  id: string;
  user_sub: string;
  organisation: string;
  /** What the report is about, e.g. `right:rsa` or `resources:2026-03`. */
  subject: string;
  message: string;
  status: string;
  created_at: number;
  updated_at: number;
}

export interface ErrorReportEventsTable {
  id: string;
  report_id: string;
  status: string;
  note: string | null;
  at: number;
}

export interface ConnectorCacheTable {
  user_sub: string;
  organisation: string;
  /** JSON of the connector's normalised answer. */
  payload: string;
  fetched_at: number;
}

export interface DeclarationsTable {
  id: string;
  user_sub: string;
  kind: string;
  payload: string;
  created_at: number;
  /** 1: made on the discreet journey, left out of the history on screen. */
  discreet: ColumnType<number, number | undefined, number>;
}

export interface OutboxTable {
  id: string;
  declaration_id: string;
  organisation: string;
  /** Sent with every attempt: the organisation ignores a key it has already processed. */
  idempotency_key: string;
  status: string;
  attempts: number;
  next_attempt_at: number;
  /** A worker owns the row until this time; a crashed worker's lease simply runs out. */
  locked_until: number;
  last_error: string | null;
  receipt: string | null;
  created_at: number;
  updated_at: number;
}

export interface Database {
  sessions: SessionsTable;
  users: UsersTable;
  preferences: PreferencesTable;
  error_reports: ErrorReportsTable;
  error_report_events: ErrorReportEventsTable;
  connector_cache: ConnectorCacheTable;
  declarations: DeclarationsTable;
  outbox: OutboxTable;
  reception_areas: ReceptionAreasTable;
  kiosk_enrolment_codes: KioskEnrolmentCodesTable;
  kiosks: KiosksTable;
  kiosk_tickets: KioskTicketsTable;
  agent_sessions: AgentSessionsTable;
  kiosk_ticket_counters: KioskTicketCountersTable;
  assisted_mandates: AssistedMandatesTable;
  assisted_consent_tokens: AssistedConsentTokensTable;
  assisted_journal: AssistedJournalTable;
  assisted_shares: AssistedSharesTable;
  alerts: AlertsTable;
  alert_preferences: AlertPreferencesTable;
  alert_source_state: AlertSourceStateTable;
}

export interface ReceptionAreasTable {
  id: string;
  name: string;
  organisation: string;
  /** The structure's SIRET: its agents (ProConnect) see its tickets. */
  siret: string;
  printer: number;
  /** JSON array of language codes. */
  languages: string;
  idle_seconds: number;
  warning_seconds: number;
  /** JSON array of the agents (desks) to call. */
  agents: string;
}

export interface KioskEnrolmentCodesTable {
  /** SHA-256 (hex) of the code: the code itself is shown once, to the agent who asked for it. */
  code: string;
  reception_area_id: string;
  reusable: number;
  expires_at: number;
  /** Last enrolment with it (a one-time code is spent once set). */
  used_at: number | null;
  /** JSON of the agent's choices for the kiosks it enrols (delays, printer, languages). */
  settings: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface KiosksTable {
  id: string;
  reception_area_id: string;
  /** SHA-256 of the kiosk's secret token (the device holds the token). */
  token_hash: string;
  enrolled_at: number;
  app_version: string | null;
  last_check_in: number | null;
  offline_ms: ColumnType<number, number | undefined, number>;
  last_reset: number | null;
  /** Set when an agent withdrew the kiosk: its token no longer opens anything. */
  revoked_at: ColumnType<number | null, number | null | undefined, number | null>;
}

export interface KioskTicketsTable {
  id: string;
  number: string;
  kiosk_id: string;
  reception_area_id: string;
  status: string;
  created_at: number;
  taken_at: number | null;
  taken_by: string | null;
  done_at: number | null;
}

export interface KioskTicketCountersTable {
  reception_area_id: string;
  /** The reception area's day (Europe/Paris), YYYY-MM-DD. */
  day: string;
  last: number;
}

/** A mandate of the assisted mode: the person's fields stay null until they consented. */
export interface AssistedMandatesTable {
  id: string;
  siret: string;
  structure_name: string;
  agent_sub: string;
  agent_given_name: string;
  agent_usual_name: string;
  /** JSON array of domains. */
  domains: string;
  duration_days: number;
  created_at: number;
  ends_at: number;
  /** The mandate this one renews (its person must consent again). */
  renews: string | null;
  person_sub: string | null;
  person_given_name: string | null;
  person_family_name: string | null;
  /** JSON of the FranceConnect identity given at consent: what the organisations match on. */
  person_identity: string | null;
  consented_at: number | null;
  /** SHA-256 of the summary the person read and accepted. */
  consent_summary_hash: string | null;
  revoked_at: number | null;
  revoked_by: string | null;
  expiry_logged: ColumnType<number, number | undefined, number>;
}

export interface AssistedConsentTokensTable {
  token: string;
  mandate_id: string;
  expires_at: number;
  /** The person who opened it first: nobody else may consent through it. */
  bound_sub: string | null;
  used_at: number | null;
}

/** Append-only: the repository has no update or delete of it. */
export interface AssistedJournalTable {
  id: string;
  at: number;
  action: string;
  mandate_id: string | null;
  person_sub: string | null;
  person_given_name: string | null;
  person_family_name: string | null;
  siret: string | null;
  structure_name: string | null;
  agent_sub: string | null;
  agent_given_name: string | null;
  agent_usual_name: string | null;
  domain: string | null;
  detail: string | null;
}

export interface AssistedSharesTable {
  code_hash: string;
  person_sub: string;
  person_given_name: string;
  /** JSON of the shared simulation. */
  situation: string;
  created_at: number;
  expires_at: number;
  revoked_at: number | null;
}

export interface AlertsTable {
  /** Hash of source + person + fact: the same fact never alerts twice. */
  id: string;
  user_sub: string;
  source: string;
  category: string;
  title: string;
  body: string;
  /** YYYY-MM-DD, already moved past weekends and public holidays. */
  due_date: string | null;
  /** YYYY-MM-DD: past this day the alert is never listed as new nor sent. */
  valid_until: string;
  action_label: string;
  action_href: string;
  created_at: number;
  read_at: number | null;
  archived_at: number | null;
}

export interface AlertPreferencesTable {
  user_sub: string;
  /** JSON of the category × channel matrix (src/shared/contracts/alerts.ts). */
  matrix: string;
  email_address: string | null;
  email_confirmed_at: number | null;
  updated_at: number;
}

export interface AlertSourceStateTable {
  user_sub: string;
  /** JSON of the FranceConnect pivot identity, written when the person uses the portal. */
  person: string | null;
  /** JSON of what the change sources last saw (rights, payments, procedures). */
  snapshot: string | null;
  /** When the sources last ran for this person (at most once an hour from the inbox). */
  ran_at: number;
}
