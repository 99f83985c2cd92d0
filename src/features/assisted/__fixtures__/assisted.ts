// Server answers as the assisted routes give them (shapes of src/shared/contracts/assisted.ts).
import type {
  JournalEntry,
  MandateCreated,
  MandateView,
} from '../../../shared/contracts/assisted.ts';
import type { ProcedureView } from '../../../shared/contracts/procedures.ts';
import type { RightsResponse } from '../../../shared/contracts/rights.ts';

export const NOW = Date.parse('2026-12-03T10:00:00Z');
const DAY = 24 * 60 * 60 * 1000;
const structure = { siret: '99900000011112', name: 'France Services Démo de Saint-Flour' };
const agentName = { givenName: 'Camille', usualName: 'Fontaine' };

export const agentMe = {
  agent: {
    sub: 'a1',
    uid: 'agent-fs',
    ...agentName,
    email: 'camille.fontaine@fs.example',
    siret: structure.siret,
    structure: structure.name,
    role: 'agent' as const,
  },
  csrfToken: 'agent-tok',
};
export const managerMe = { ...agentMe, agent: { ...agentMe.agent, role: 'manager' as const } };

export const MANDATE_ID = '0b5e6c1a-6f0e-4b7a-9a51-6f0a3e2d1c11';
export const mandate: MandateView = {
  id: MANDATE_ID,
  status: 'actif',
  structure,
  agent: agentName,
  person: { givenName: 'Nadia', familyName: 'Benali' },
  domains: ['social', 'logement'],
  durationDays: 31,
  createdAt: NOW - DAY,
  startsAt: NOW - DAY,
  endsAt: Date.parse('2027-01-03T22:59:59Z'),
  revokedAt: null,
  revokedBy: null,
  renewalDue: true,
  consentPath: null,
};

export const created: MandateCreated = {
  id: '7d1f2b3c-4a5e-4f60-8a7b-9c0d1e2f3a4b',
  status: 'en-attente',
  consentPath: '/accompagnement/consentement/tok123',
  consentExpiresAt: NOW + 15 * 60 * 1000,
  summary: {
    structure,
    agent: agentName,
    domains: ['social', 'logement'],
    durationDays: 31,
    endsAt: Date.parse('2027-01-03T22:59:59Z'),
    renews: null,
  },
};

export const rights: RightsResponse = {
  person: { givenName: 'Nadia', familyName: 'Benali', birthdate: '1988-04-12' },
  generatedAt: NOW,
  resources: [],
  organisations: [
    {
      id: 'caf',
      status: 'ok',
      fetchedAt: NOW,
      record: {
        organisation: 'caf',
        regimes: [],
        flags: [],
        resources: [],
        activity: [],
        rights: [
          {
            id: 'rsa',
            label: 'Revenu de solidarité active',
            kind: 'prestation',
            status: 'en-cours',
            since: '2025-01-01',
            payments: [],
            lastPayment: { month: '2026-11', paidOn: '2026-11-05', amountCents: 63512 },
          },
        ],
      },
    },
    { id: 'cnav', status: 'unavailable', reason: 'timeout' },
  ],
};

export const receipt: ProcedureView = {
  id: '11111111-2222-4333-8444-555555555555',
  procedure: 'aide-logement',
  organisation: 'caf',
  status: 'sent',
  reference: 'CAF-2026-0042',
  createdAt: NOW,
  documents: [],
  clientRef: '11111111-2222-4333-8444-666666666666',
};

export const journal: JournalEntry[] = [
  {
    id: 'j2',
    at: NOW,
    action: 'demarche-envoyee',
    mandateId: MANDATE_ID,
    agent: agentName,
    structure,
    domain: 'logement',
    detail: 'aide-logement',
    person: null,
  },
  {
    id: 'j1',
    at: NOW - 60_000,
    action: 'consentement-donne',
    mandateId: MANDATE_ID,
    agent: null,
    structure,
    domain: null,
    detail: null,
    person: null,
  },
];
