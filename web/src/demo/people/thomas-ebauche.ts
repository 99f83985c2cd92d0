// Single man on RSA (housing flat-rate deducted), registered with France Travail as the law now
// requires, social housing and C2S without participation, Amiens.
import { demoSub, paidBenefit, steps } from '../series.ts';
import type { DemoPerson } from '../types.ts';

export const thomasEbauche: DemoPerson = {
  id: 'thomas-ebauche',
  login: 'thomas',
  password: 'thomas-2026',
  summary:
    'Homme seul de 35 ans au RSA, inscrit à France Travail, logement social et APL à Amiens, Complémentaire santé solidaire gratuite.',
  claims: {
    sub: demoSub('thomas'),
    given_name: 'Thomas',
    family_name: 'Ébauche',
    birthdate: '1991-05-19',
    gender: 'male',
    birthplace: '80021',
    birthcountry: '99100',
    email: 'thomas.ebauche@example.org',
  },
  household: { couple: 'single', children: [] },
  address: {
    line: '22 résidence du Patron, appt 4',
    postalCode: '80000',
    communeInsee: '80021',
    commune: 'Amiens',
    since: '2023-11-01',
  },
  housing: { status: 'social-tenant', rentCents: 33000, chargesCents: 5000, zoneApl: 'zone_2' },
  regimes: [{ kind: 'general', caisse: 'CPAM de la Somme' }],
  activity: {
    statuses: ['demandeur-emploi'],
    employments: [],
    jobSeeker: {
      identifiant: '9900010E',
      since: '2025-01-01',
      category: {
        code: '1',
        label:
          'Personne sans emploi, disponible, cherchant un emploi à durée indéterminée à temps plein',
      },
    },
  },
  benefits: [
    paidBenefit(
      {
        benefit: 'rsa',
        organisation: 'caf',
        label: 'Revenu de solidarité active',
        since: '2024-02-01',
      },
      steps([
        ['2025-11', 56894],
        ['2026-04', 57405],
      ]),
    ),
    paidBenefit(
      {
        benefit: 'aide_logement',
        organisation: 'caf',
        label: 'Aide personnalisée au logement',
        since: '2023-12-01',
      },
      steps([
        ['2025-11', 27000],
        ['2026-10', 27240],
      ]),
    ),
    {
      benefit: 'css',
      organisation: 'cpam',
      label: 'Complémentaire santé solidaire',
      status: 'en-cours',
      since: '2024-03-01',
      withParticipation: false,
      payments: [],
    },
  ],
  tax: [
    {
      incomeYear: 2025,
      revenuFiscalDeReferenceCents: 0,
      nombreDeParts: 1,
      impotCents: 0,
      tauxPrelevementPercent: 0,
      numeroFiscal: '9900000000100',
    },
  ],
  pensions: [],
  // Ten years of warehouse and interim jobs before the RSA.
  career: { cnavQuarters: 41 },
  quotientFamilial: { provider: 'CAF', value: 384, month: '2026-11' },
  identifiers: {
    caf: '9900010',
    cnav: '9900010',
    'france-travail': '9900010E',
    impots: '9900000000100',
  },
  health: { medecinTraitant: true, ald: false },
};
