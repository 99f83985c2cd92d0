// A household seen by four organisations: CAF and CPAM answer, CNAV does not (cached copy
// shown), France Travail does not and has nothing cached.
import type { RightsResponse } from '../../../shared/contracts/rights.ts';
import type { PossibleRightsResponse } from '../../../shared/contracts/possible-rights.ts';

const base = { regimes: [], flags: [], rights: [], resources: [], activity: [] };
export const FETCHED = Date.parse('2026-11-28T09:30:00Z');
export const CACHED = Date.parse('2026-11-20T08:00:00Z');

export const rights: RightsResponse = {
  person: { givenName: 'Nadia', familyName: 'Exemple', birthdate: '1990-04-12' },
  generatedAt: FETCHED,
  organisations: [
    {
      id: 'caf',
      status: 'ok',
      fetchedAt: FETCHED,
      record: {
        ...base,
        organisation: 'caf',
        fileNumber: '9912345',
        address: { line: '3 rue des Essais', postalCode: '29200', commune: 'Brest' },
        household: {
          couple: 'single',
          children: [{ givenName: 'Léa', birthdate: '2019-06-01', dependent: true }],
        },
        regimes: [{ kind: 'general', caisse: 'CAF du Finistère' }],
        rights: [
          {
            id: 'rsa',
            label: 'Revenu de solidarité active',
            kind: 'prestation',
            status: 'en-cours',
            since: '2025-01-01',
            payments: [],
            lastPayment: { month: '2026-10', paidOn: '2026-11-05', amountCents: 63524 },
            nextPayment: { month: '2026-11', paidOn: '2026-12-05', amountCents: 63524 },
          },
        ],
      },
    },
    {
      id: 'cpam',
      status: 'ok',
      fetchedAt: FETCHED,
      record: {
        ...base,
        organisation: 'cpam',
        regimes: [{ kind: 'msa-exploitant', caisse: 'MSA d’Armorique' }],
        activity: [
          {
            employer: 'Boulangerie Fictive',
            siret: '99912345600011',
            contract: 'CDD',
            start: '2026-03-01',
            weeklyHours: 20,
            jobTitle: 'Vendeuse',
            pay: [{ month: '2026-10', amountCents: 81234 }],
          },
        ],
      },
    },
    {
      id: 'cnav',
      status: 'stale',
      reason: 'timeout',
      fetchedAt: CACHED,
      record: {
        ...base,
        organisation: 'cnav',
        rights: [
          {
            id: 'aspa',
            label: 'Allocation de solidarité aux personnes âgées',
            kind: 'pension',
            status: 'en-cours',
            since: '2024-01-01',
            payments: [],
          },
        ],
      },
    },
    { id: 'france-travail', status: 'unavailable', reason: 'timeout' },
  ],
  resources: [
    {
      month: '2026-10',
      totalCents: 144758,
      items: [
        {
          month: '2026-10',
          amountCents: 63524,
          kind: 'prestation',
          label: 'RSA',
          organisation: 'caf',
        },
        {
          month: '2026-10',
          amountCents: 81234,
          kind: 'salaire',
          label: 'Salaire',
          organisation: 'cpam',
        },
      ],
    },
  ],
};

export const possible: PossibleRightsResponse = {
  month: '2026-11',
  status: 'complete',
  unavailable: [],
  rights: [
    {
      id: 'ppa',
      label: 'Prime d’activité',
      periodicity: 'month',
      kind: 'amount',
      amountCents: 12345,
      paidBy: ['caf'],
      explanation: {
        steps: [{ label: 'Montant forfaitaire', value: 633.21, unit: 'currency' }],
        references: [],
      },
      simulateUrl: '/simuler?prefill=me&benefit=ppa',
    },
  ],
};
