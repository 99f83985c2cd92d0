// Disabled adult (rate of at least 80 %), AAH at the full rate, C2S with participation, Nantes;
// worked six years before her disability and looks for an adapted part-time job with Cap emploi
// (France Travail's partner for disabled job seekers).
import { demoSub, paidBenefit, steps } from '../series.ts';
import type { DemoPerson } from '../types.ts';

export const sophieMaquette: DemoPerson = {
  id: 'sophie-maquette',
  login: 'sophie',
  password: 'sophie-2026',
  summary:
    'Adulte en situation de handicap (taux d’incapacité d’au moins 80 %), AAH à taux plein, APL et Complémentaire santé solidaire avec participation, à Nantes ; inscrite à France Travail (accompagnée par Cap emploi), elle cherche un emploi adapté à temps partiel.',
  claims: {
    sub: demoSub('sophie'),
    given_name: 'Sophie Claire',
    family_name: 'Maquette',
    birthdate: '1988-02-09',
    gender: 'female',
    birthplace: '44109',
    birthcountry: '99100',
    email: 'sophie.maquette@example.org',
  },
  household: { couple: 'single', children: [] },
  address: {
    line: '8 allée du Gabarit, appt 21',
    postalCode: '44300',
    communeInsee: '44109',
    commune: 'Nantes',
    since: '2017-05-01',
  },
  housing: { status: 'tenant', rentCents: 54000, chargesCents: 4500, zoneApl: 'zone_2' },
  regimes: [{ kind: 'general', caisse: 'CPAM de la Loire-Atlantique' }],
  activity: {
    statuses: ['demandeur-emploi'],
    employments: [],
    jobSeeker: {
      identifiant: '9900005S',
      since: '2025-09-15',
      category: {
        code: '2',
        label:
          'Personne sans emploi, disponible, cherchant un emploi à durée indéterminée à temps partiel',
      },
    },
  },
  benefits: [
    paidBenefit(
      {
        benefit: 'aah',
        organisation: 'caf',
        label: 'Allocation aux adultes handicapés',
        since: '2016-03-01',
      },
      steps([
        ['2025-11', 103332],
        ['2026-04', 104159],
      ]),
    ),
    paidBenefit(
      {
        benefit: 'aide_logement',
        organisation: 'caf',
        label: 'Allocation de logement sociale',
        since: '2017-06-01',
      },
      steps([
        ['2025-11', 26500],
        ['2026-10', 26740],
      ]),
    ),
    {
      benefit: 'css',
      organisation: 'cpam',
      label: 'Complémentaire santé solidaire',
      status: 'en-cours',
      since: '2026-02-01',
      until: '2027-01-31',
      withParticipation: true,
      payments: [],
    },
  ],
  tax: [
    {
      incomeYear: 2025,
      revenuFiscalDeReferenceCents: 0,
      // Half a part more for the carte mobilité inclusion « invalidité ».
      nombreDeParts: 1.5,
      impotCents: 0,
      tauxPrelevementPercent: 0,
      numeroFiscal: '9900000000055',
    },
  ],
  pensions: [],
  // Six years as an administrative assistant (2008–2014) before her disability.
  career: { cnavQuarters: 24 },
  quotientFamilial: { provider: 'CAF', value: 654, month: '2026-11' },
  identifiers: {
    caf: '9900005',
    mdph: '9900005',
    cnav: '9900005',
    'france-travail': '9900005S',
    impots: '9900000000055',
  },
  health: { medecinTraitant: true, ald: true },
  disability: { rate: '80+', mdphDecisionUntil: '2031-01-31' },
};
