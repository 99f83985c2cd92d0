// Couple with three children in Cantal: he farms (MSA) and drives a school bus (general
// scheme), she is a salaried care assistant. Family benefits come from the MSA.
import { demoSub, paidBenefit, steady, steps } from '../series.ts';
import type { DemoPerson } from '../types.ts';

export const julienFictif: DemoPerson = {
  id: 'julien-fictif',
  login: 'julien',
  password: 'julien-2026',
  summary:
    'En couple, trois enfants, éleveur laitier (MSA) et chauffeur de car scolaire (régime général) dans le Cantal ; sa conjointe est aide-soignante. Prestations familiales versées par la MSA.',
  claims: {
    sub: demoSub('julien'),
    given_name: 'Julien Marc',
    family_name: 'Fictif',
    birthdate: '1984-11-05',
    gender: 'male',
    birthplace: '15014',
    birthcountry: '99100',
    email: 'julien.fictif@example.org',
  },
  household: {
    couple: 'married',
    partner: {
      given_name: 'Aurélie',
      family_name: 'Simulé',
      birthdate: '1986-07-19',
      gender: 'female',
      since: '2011-06-18',
      activity: {
        statuses: ['salarie'],
        employments: [
          {
            employer: 'Centre hospitalier Démo de Saint-Flour',
            siret: '99900000300013',
            contract: 'CDI',
            start: '2012-09-01',
            weeklyHours: 35,
            jobTitle: 'Aide-soignante',
            pay: steps(
              [
                ['2025-11', 172000],
                ['2026-07', 175500],
              ],
              { '2025-12': 189000 },
            ),
          },
        ],
      },
    },
    children: [
      {
        given_name: 'Tom',
        family_name: 'Fictif',
        birthdate: '2012-05-14',
        gender: 'male',
        dependent: true,
        schooling: 'college',
      },
      {
        given_name: 'Rose',
        family_name: 'Fictif',
        birthdate: '2016-08-21',
        gender: 'female',
        dependent: true,
        schooling: 'primaire',
      },
      {
        given_name: 'Jules',
        family_name: 'Fictif',
        birthdate: '2021-03-02',
        gender: 'male',
        dependent: true,
        schooling: 'maternelle',
      },
    ],
  },
  address: {
    line: 'Lieu-dit La Ferme Modèle',
    postalCode: '15100',
    communeInsee: '15187',
    commune: 'Saint-Flour',
    since: '2011-09-01',
  },
  housing: { status: 'owner', zoneApl: 'zone_3' },
  regimes: [
    { kind: 'msa-exploitant', caisse: 'MSA Auvergne' },
    { kind: 'general', caisse: 'CPAM du Cantal' },
  ],
  activity: {
    statuses: ['exploitant-agricole', 'salarie'],
    employments: [
      {
        employer: 'Transports Démo du Cantal',
        siret: '99900000400019',
        contract: 'CDI',
        start: '2019-09-02',
        weeklyHours: 10,
        jobTitle: 'Conducteur de car scolaire',
        // No school runs in July and August.
        pay: steady(43000).map((m) =>
          m.month === '2026-07' || m.month === '2026-08' ? { ...m, amountCents: 0 } : m,
        ),
      },
    ],
    selfEmployment: {
      activity: 'Élevage de vaches laitières',
      siret: '99900000500015',
      status: 'exploitant-agricole',
      since: '2010-04-01',
      // Annual agricultural income, declared with the tax return.
      declared: [{ month: '2025-12', amountCents: 1480000 }],
      contributions: steady(31000),
    },
  },
  benefits: [
    paidBenefit(
      { benefit: 'af', organisation: 'msa', label: 'Allocations familiales', since: '2016-09-01' },
      steps([
        ['2025-11', 34455],
        ['2026-04', 34731],
      ]),
    ),
    paidBenefit(
      { benefit: 'cf', organisation: 'msa', label: 'Complément familial', since: '2024-04-01' },
      steps([
        ['2025-11', 19659],
        ['2026-04', 19815],
      ]),
    ),
    {
      benefit: 'ars',
      organisation: 'msa',
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
      revenuFiscalDeReferenceCents: 3802000,
      nombreDeParts: 4,
      impotCents: 0,
      tauxPrelevementPercent: 0,
      numeroFiscal: '9900000000033',
    },
  ],
  pensions: [],
  // General-scheme quarters (seasonal jobs, then the school bus); farm quarters are at the MSA.
  career: { cnavQuarters: 21 },
  quotientFamilial: { provider: 'MSA', value: 928, month: '2026-11' },
  identifiers: { msa: '9900003', cnav: '9900003', urssaf: '9900003', impots: '9900000000033' },
  health: { medecinTraitant: true, ald: false },
};
