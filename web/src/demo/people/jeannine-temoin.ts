// Widow since June 2025: her own pensions plus survivor's pensions (réversion) from the CNAV,
// Agirc-Arrco and the MSA (her husband farmed before becoming a salaried mechanic); owner of
// her house in a small town of the Vienne.
import { demoSub, steady, steps, toPayments } from '../series.ts';
import type { DemoPerson } from '../types.ts';

export const jeannineTemoin: DemoPerson = {
  id: 'jeannine-temoin',
  login: 'jeannine',
  password: 'jeannine-2026',
  summary:
    'Veuve de 72 ans depuis juin 2025, retraitée avec pensions de réversion (Assurance retraite, Agirc-Arrco et MSA), propriétaire à Chauvigny.',
  claims: {
    sub: demoSub('jeannine'),
    given_name: 'Jeannine Marie',
    family_name: 'Témoin',
    birthdate: '1953-12-08',
    gender: 'female',
    birthplace: '86194',
    birthcountry: '99100',
    email: 'jeannine.temoin@example.org',
  },
  usualName: 'Témoin',
  household: { couple: 'widowed', widowedOn: '2025-06-12', children: [] },
  address: {
    line: '9 chemin des Échantillons',
    postalCode: '86300',
    communeInsee: '86070',
    commune: 'Chauvigny',
    since: '1982-04-01',
  },
  housing: { status: 'owner', zoneApl: 'zone_3' },
  regimes: [{ kind: 'general', caisse: 'CPAM de la Vienne' }],
  activity: { statuses: ['retraite'], employments: [] },
  benefits: [],
  tax: [
    {
      incomeYear: 2025,
      revenuFiscalDeReferenceCents: 1963000,
      nombreDeParts: 1,
      impotCents: 86000,
      tauxPrelevementPercent: 4,
      numeroFiscal: '9900000000099',
    },
  ],
  pensions: [
    {
      organisation: 'cnav',
      label: 'Retraite de base du régime général',
      since: '2014-01-01',
      trimestres: 166,
      payments: toPayments(
        steps([
          ['2025-11', 71250],
          ['2026-01', 71891],
        ]),
        9,
      ),
    },
    {
      organisation: 'cnav',
      label: 'Pension de réversion du régime général',
      since: '2025-07-01',
      payments: toPayments(
        steps([
          ['2025-11', 41280],
          ['2026-01', 41652],
        ]),
        9,
      ),
    },
    {
      organisation: 'msa',
      label: 'Pension de réversion des non-salariés agricoles',
      since: '2025-07-01',
      payments: toPayments(
        steps([
          ['2025-11', 13520],
          ['2026-01', 13641],
        ]),
        9,
      ),
    },
    {
      organisation: 'agirc-arrco',
      label: 'Retraite complémentaire Agirc-Arrco',
      since: '2014-01-01',
      payments: toPayments(steady(14300), 1, 0),
    },
    {
      organisation: 'agirc-arrco',
      label: 'Pension de réversion Agirc-Arrco',
      since: '2025-07-01',
      payments: toPayments(steady(26500), 1, 0),
    },
  ],
  identifiers: {
    cnav: '9900009',
    msa: '9900009',
    'agirc-arrco': '9900009',
    impots: '9900000000099',
  },
  health: { medecinTraitant: true, ald: false },
};
