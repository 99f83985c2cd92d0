// Student on a CROUS grant with a small part-time job, university residence in Lyon. Since his
// own housing he files his own tax return (students' pay under 26 is exempt up to 3 SMIC).
import { demoSub, paidBenefit, steps } from '../series.ts';
import type { DemoPerson } from '../types.ts';

export const yanisPrototype: DemoPerson = {
  id: 'yanis-prototype',
  login: 'yanis',
  password: 'yanis-2026',
  summary:
    'Étudiant boursier de 20 ans en résidence universitaire à Lyon, petit emploi à temps partiel, APL ; déclare seul ses revenus depuis 2026 (non imposable).',
  claims: {
    sub: demoSub('yanis'),
    given_name: 'Yanis',
    family_name: 'Prototype',
    birthdate: '2006-10-02',
    gender: 'male',
    birthplace: '75112',
    birthcountry: '99100',
    email: 'yanis.prototype@example.org',
  },
  household: { couple: 'single', children: [] },
  address: {
    line: 'Résidence Démo, chambre 312, 5 rue de l’Épreuve',
    postalCode: '69007',
    communeInsee: '69387',
    commune: 'Lyon 7e Arrondissement',
    since: '2024-09-01',
  },
  housing: { status: 'student-residence', rentCents: 31000, zoneApl: 'zone_2' },
  regimes: [{ kind: 'general', caisse: 'CPAM du Rhône' }],
  activity: {
    statuses: ['etudiant', 'salarie'],
    employments: [
      {
        employer: 'Restauration Démo Lyon',
        siret: '99900000600011',
        contract: 'CDI',
        start: '2025-10-01',
        weeklyHours: 12,
        jobTitle: 'Équipier polyvalent',
        pay: steps([['2025-11', 49000]], { '2026-07': 98000, '2026-08': 0 }),
      },
    ],
    student: {
      ine: '9900006000A',
      establishment: 'Université Démo de Lyon',
      uai: '0699999Z',
      scholarship: { echelon: 5, monthlyCents: 44100 },
      attachedToParentsTax: false,
    },
  },
  benefits: [
    paidBenefit(
      {
        benefit: 'aide_logement',
        organisation: 'caf',
        label: 'Aide personnalisée au logement',
        since: '2024-09-01',
      },
      steps([
        ['2025-11', 9800],
        ['2026-10', 9890],
      ]),
    ),
  ],
  tax: [
    {
      incomeYear: 2025,
      revenuFiscalDeReferenceCents: 0,
      nombreDeParts: 1,
      impotCents: 0,
      tauxPrelevementPercent: 0,
      numeroFiscal: '9900000000066',
    },
  ],
  pensions: [],
  // Two summers full time in a fast-food restaurant, one quarter each.
  career: { cnavQuarters: 2 },
  identifiers: { caf: '9900006', cnav: '9900006', impots: '9900000000066' },
  health: { medecinTraitant: false, ald: false },
};
