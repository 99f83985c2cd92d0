// Self-employed graphic designer (micro-entrepreneur, URSSAF), married, one child, Montreuil.
import { demoSub, steps } from '../series.ts';
import type { DemoPerson, MonthAmount } from '../types.ts';

const turnover: readonly MonthAmount[] = steps([['2025-11', 280000]], {
  '2025-12': 310000,
  '2026-01': 190000,
  '2026-02': 240000,
  '2026-03': 260000,
  '2026-04': 300000,
  '2026-05': 270000,
  '2026-06': 250000,
  '2026-07': 150000,
  '2026-08': 90000,
  '2026-09': 280000,
  '2026-10': 320000,
});

// Social contribution rate of a micro-entrepreneur in non-regulated liberal services, by year.
const contributionRate = (month: string): number => (month < '2026-01' ? 0.246 : 0.261);

export const karimSpecimen: DemoPerson = {
  id: 'karim-specimen',
  login: 'karim',
  password: 'karim-2026',
  summary:
    'Graphiste micro-entrepreneur (URSSAF), marié, un enfant, locataire à Montreuil ; chiffre d’affaires mensuel variable, imposable.',
  claims: {
    sub: demoSub('karim'),
    given_name: 'Karim',
    family_name: 'Specimen',
    birthdate: '1981-07-23',
    gender: 'male',
    birthplace: '93048',
    birthcountry: '99100',
    email: 'karim.specimen@example.org',
  },
  household: {
    couple: 'married',
    partner: {
      given_name: 'Inès',
      family_name: 'Exemplaire',
      birthdate: '1983-12-01',
      gender: 'female',
      since: '2009-07-04',
      activity: {
        statuses: ['salarie'],
        employments: [
          {
            employer: 'Cabinet comptable Démo Montreuil',
            siret: '99900000700017',
            contract: 'CDI',
            start: '2015-01-05',
            weeklyHours: 35,
            jobTitle: 'Comptable',
            pay: steps([['2025-11', 215000]], { '2025-12': 258000 }),
          },
        ],
      },
    },
    children: [
      {
        given_name: 'Adam',
        family_name: 'Specimen',
        birthdate: '2014-01-15',
        gender: 'male',
        dependent: true,
        schooling: 'college',
      },
    ],
  },
  address: {
    line: '41 rue du Spécimen',
    postalCode: '93100',
    communeInsee: '93048',
    commune: 'Montreuil',
    since: '2013-10-01',
  },
  housing: { status: 'tenant', rentCents: 115000, chargesCents: 12000, zoneApl: 'zone_1' },
  regimes: [
    { kind: 'independant', caisse: 'URSSAF Île-de-France' },
    { kind: 'general', caisse: 'CPAM de la Seine-Saint-Denis' },
  ],
  activity: {
    statuses: ['independant'],
    employments: [],
    selfEmployment: {
      activity: 'Graphisme et conception visuelle',
      siret: '99900000800013',
      status: 'micro-entrepreneur',
      since: '2017-02-01',
      declared: turnover,
      contributions: turnover.map((t) => ({
        month: t.month,
        amountCents: Math.round(t.amountCents * contributionRate(t.month)),
      })),
    },
  },
  benefits: [],
  tax: [
    {
      incomeYear: 2025,
      revenuFiscalDeReferenceCents: 4434000,
      nombreDeParts: 2.5,
      impotCents: 192000,
      tauxPrelevementPercent: 4.3,
      numeroFiscal: '9900000000077',
    },
  ],
  pensions: [],
  // Since 2020 the Assurance retraite also keeps the self-employed's basic pension account.
  career: { cnavQuarters: 74 },
  quotientFamilial: { provider: 'CAF', value: 1745, month: '2026-11' },
  identifiers: { urssaf: '9900007', caf: '9900007', cnav: '9900007', impots: '9900000000077' },
  health: { medecinTraitant: true, ald: false },
};
