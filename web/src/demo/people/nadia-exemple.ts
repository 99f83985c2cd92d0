// Single parent, two children, part-time cashier, private rental in Lille.
import { demoSub, paidBenefit, steps } from '../series.ts';
import type { DemoPerson } from '../types.ts';

export const nadiaExemple: DemoPerson = {
  id: 'nadia-exemple',
  login: 'nadia',
  password: 'nadia-2026',
  summary:
    'Mère seule de deux enfants, caissière à temps partiel, locataire à Lille : prime d’activité, allocations familiales, ASF, APL.',
  claims: {
    sub: demoSub('nadia'),
    given_name: 'Nadia Louise',
    family_name: 'Exemple',
    birthdate: '1990-04-12',
    gender: 'female',
    birthplace: '59350',
    birthcountry: '99100',
    email: 'nadia.exemple@example.org',
  },
  household: {
    couple: 'single',
    children: [
      {
        given_name: 'Léo',
        family_name: 'Exemple',
        birthdate: '2015-09-03',
        gender: 'male',
        dependent: true,
        schooling: 'college',
      },
      {
        given_name: 'Maya',
        family_name: 'Exemple',
        birthdate: '2019-02-20',
        gender: 'female',
        dependent: true,
        schooling: 'primaire',
      },
    ],
  },
  address: {
    line: '12 rue des Essais',
    postalCode: '59000',
    communeInsee: '59350',
    commune: 'Lille',
    since: '2019-06-01',
  },
  housing: { status: 'tenant', rentCents: 62000, chargesCents: 6000, zoneApl: 'zone_2' },
  regimes: [{ kind: 'general', caisse: 'CPAM de Lille-Douai' }],
  activity: {
    statuses: ['salarie'],
    employments: [
      {
        employer: 'Supermarché Démo Lille',
        siret: '99900000100011',
        contract: 'CDI',
        start: '2018-03-05',
        weeklyHours: 24,
        jobTitle: 'Employée de caisse',
        pay: steps([['2025-11', 98900]], { '2025-12': 108900 }),
      },
    ],
  },
  benefits: [
    paidBenefit(
      { benefit: 'ppa', organisation: 'caf', label: 'Prime d’activité', since: '2019-01-01' },
      steps([
        ['2025-11', 28112],
        ['2026-01', 29240],
        ['2026-04', 30587],
        ['2026-07', 29915],
        ['2026-10', 30120],
      ]),
    ),
    paidBenefit(
      { benefit: 'af', organisation: 'caf', label: 'Allocations familiales', since: '2019-03-01' },
      steps([
        ['2025-11', 15104],
        ['2026-04', 15224],
      ]),
    ),
    paidBenefit(
      {
        benefit: 'asf',
        organisation: 'caf',
        label: 'Allocation de soutien familial',
        since: '2021-02-01',
      },
      steps([
        ['2025-11', 39838],
        ['2026-04', 40155],
      ]),
    ),
    paidBenefit(
      {
        benefit: 'aide_logement',
        organisation: 'caf',
        label: 'Aide personnalisée au logement',
        since: '2019-07-01',
      },
      steps([
        ['2025-11', 31245],
        ['2026-10', 31580],
      ]),
    ),
    {
      benefit: 'ars',
      organisation: 'caf',
      label: 'Allocation de rentrée scolaire',
      status: 'termine',
      since: '2026-08-01',
      until: '2026-08-31',
      payments: [{ month: '2026-08', paidOn: '2026-08-18', amountCents: 87816 }],
    },
  ],
  tax: [
    {
      incomeYear: 2025,
      revenuFiscalDeReferenceCents: 1180000,
      nombreDeParts: 2.5,
      impotCents: 0,
      tauxPrelevementPercent: 0,
      numeroFiscal: '9900000000011',
    },
  ],
  pensions: [],
  career: { cnavQuarters: 58 },
  quotientFamilial: { provider: 'CAF', value: 590, month: '2026-11' },
  identifiers: { caf: '9900001', cnav: '9900001', impots: '9900000000011' },
  health: { medecinTraitant: true, ald: false },
};
