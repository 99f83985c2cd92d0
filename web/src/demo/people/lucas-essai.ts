// 22-year-old job seeker after a fixed-term contract, ARE from France Travail, studio in Toulouse.
import { demoSub, paidBenefit, steps } from '../series.ts';
import type { DemoPerson } from '../types.ts';

export const lucasEssai: DemoPerson = {
  id: 'lucas-essai',
  login: 'lucas',
  password: 'lucas-2026',
  summary:
    'Jeune de 22 ans, demandeur d’emploi depuis la fin de son CDD, indemnisé par France Travail (ARE), locataire d’un studio à Toulouse avec APL.',
  claims: {
    sub: demoSub('lucas'),
    given_name: 'Lucas',
    family_name: 'Essai',
    birthdate: '2004-06-30',
    gender: 'male',
    birthplace: '31555',
    birthcountry: '99100',
    email: 'lucas.essai@example.org',
  },
  household: { couple: 'single', children: [] },
  address: {
    line: '4 impasse du Prototype',
    postalCode: '31500',
    communeInsee: '31555',
    commune: 'Toulouse',
    since: '2024-09-01',
  },
  housing: { status: 'tenant', rentCents: 48000, chargesCents: 3000, zoneApl: 'zone_2' },
  regimes: [{ kind: 'general', caisse: 'CPAM de la Haute-Garonne' }],
  activity: {
    statuses: ['demandeur-emploi'],
    employments: [
      {
        employer: 'Logistique Démo Toulouse',
        siret: '99900000200017',
        contract: 'CDD',
        start: '2025-03-01',
        end: '2026-02-28',
        weeklyHours: 35,
        jobTitle: 'Préparateur de commandes',
        pay: steps(
          [
            ['2025-11', 145000],
            ['2026-03', null],
          ],
          { '2025-12': 151000 },
        ),
      },
    ],
    jobSeeker: {
      identifiant: '9900002T',
      since: '2026-03-02',
      category: {
        code: '1',
        label:
          'Personne sans emploi, disponible, cherchant un emploi à durée indéterminée à temps plein',
      },
    },
  },
  benefits: [
    // ARE: a daily allowance of 31,20 € times the days of the month, paid early the next month.
    paidBenefit(
      {
        benefit: 'are',
        organisation: 'france-travail',
        label: 'Allocation d’aide au retour à l’emploi',
        since: '2026-03-10',
      },
      steps([['2026-03', 96720]], {
        '2026-03': 68640,
        '2026-04': 93600,
        '2026-06': 93600,
        '2026-09': 93600,
      }),
      3,
    ),
    paidBenefit(
      {
        benefit: 'aide_logement',
        organisation: 'caf',
        label: 'Allocation de logement sociale',
        since: '2024-10-01',
      },
      steps([
        ['2025-11', 12400],
        ['2026-05', 19800],
        ['2026-10', 19950],
      ]),
    ),
  ],
  tax: [
    {
      incomeYear: 2025,
      revenuFiscalDeReferenceCents: 1305000,
      nombreDeParts: 1,
      impotCents: 0,
      tauxPrelevementPercent: 0,
      numeroFiscal: '9900000000022',
    },
  ],
  pensions: [],
  // Ten months of a full-time CDD in 2025: the four quarters of the year.
  career: { cnavQuarters: 4 },
  quotientFamilial: { provider: 'CAF', value: 1020, month: '2026-11' },
  identifiers: {
    caf: '9900002',
    cnav: '9900002',
    'france-travail': '9900002T',
    impots: '9900000000022',
  },
  health: { medecinTraitant: false, ald: false },
};
