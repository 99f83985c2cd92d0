// Moved from Rennes to Brest in September 2026: CAF knows the new address, the tax office and
// the Assurance Maladie still hold the old one; housing aid stopped and must be asked again.
import { demoSub, paidBenefit, steps } from '../series.ts';
import type { DemoPerson } from '../types.ts';

export const emilieBrouillon: DemoPerson = {
  id: 'emilie-brouillon',
  login: 'emilie',
  password: 'emilie-2026',
  summary:
    'Salariée de 32 ans qui vient de déménager de Rennes à Brest (septembre 2026) : certains organismes ont encore l’ancienne adresse, l’aide au logement est à redemander.',
  claims: {
    sub: demoSub('emilie'),
    given_name: 'Émilie Anne',
    family_name: 'Brouillon',
    birthdate: '1994-03-27',
    gender: 'female',
    birthplace: '35238',
    birthcountry: '99100',
    email: 'emilie.brouillon@example.org',
  },
  household: { couple: 'single', children: [] },
  address: {
    line: '3 quai de l’Ébauche',
    postalCode: '29200',
    communeInsee: '29019',
    commune: 'Brest',
    since: '2026-09-15',
  },
  previousAddress: {
    line: '16 rue du Croquis',
    postalCode: '35000',
    communeInsee: '35238',
    commune: 'Rennes',
    since: '2019-10-01',
  },
  addressKnownBy: {
    caf: 'current',
    impots: 'previous',
    cpam: 'previous',
    'france-travail': 'previous',
    cnav: 'previous',
  },
  housing: { status: 'tenant', rentCents: 56000, chargesCents: 4000, zoneApl: 'zone_2' },
  regimes: [{ kind: 'general', caisse: 'CPAM du Finistère' }],
  activity: {
    statuses: ['salarie'],
    employments: [
      {
        employer: 'Conseil Démo Bretagne',
        siret: '99900000900019',
        contract: 'CDI',
        start: '2021-04-01',
        weeklyHours: 35,
        jobTitle: 'Technicienne d’études',
        pay: steps([['2025-11', 168000]], { '2025-12': 196000 }),
      },
    ],
  },
  benefits: [
    paidBenefit(
      { benefit: 'ppa', organisation: 'caf', label: 'Prime d’activité', since: '2024-01-01' },
      steps([
        ['2025-11', 5870],
        ['2026-01', 4210],
        ['2026-04', 6030],
        ['2026-07', 5890],
        ['2026-10', 5950],
      ]),
    ),
    paidBenefit(
      {
        benefit: 'aide_logement',
        organisation: 'caf',
        label: 'Allocation de logement sociale',
        status: 'termine',
        since: '2019-11-01',
        until: '2026-09-30',
      },
      steps([
        ['2025-11', 8400],
        ['2026-10', null],
      ]),
    ),
  ],
  tax: [
    {
      incomeYear: 2025,
      revenuFiscalDeReferenceCents: 1814000,
      nombreDeParts: 1,
      impotCents: 62000,
      tauxPrelevementPercent: 3.1,
      numeroFiscal: '9900000000088',
    },
  ],
  pensions: [],
  career: { cnavQuarters: 38 },
  quotientFamilial: { provider: 'CAF', value: 1090, month: '2026-11' },
  identifiers: { caf: '9900008', cnav: '9900008', impots: '9900000000088' },
  health: { medecinTraitant: false, ald: false },
};
