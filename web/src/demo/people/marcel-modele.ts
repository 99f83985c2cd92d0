// Retired, low pension topped up by the ASPA, social housing in Marseille. He could get the
// C2S without participation but has not asked for it (a "droit non réclamé" to detect).
import { demoSub, paidBenefit, steady, steps, toPayments } from '../series.ts';
import type { DemoPerson } from '../types.ts';

export const marcelModele: DemoPerson = {
  id: 'marcel-modele',
  login: 'marcel',
  password: 'marcel-2026',
  summary:
    'Retraité divorcé de 78 ans, petite pension complétée par l’ASPA, logement social à Marseille ; n’a pas demandé la Complémentaire santé solidaire.',
  claims: {
    sub: demoSub('marcel'),
    given_name: 'Marcel Antoine',
    family_name: 'Modèle',
    birthdate: '1948-01-17',
    gender: 'male',
    birthplace: '13205',
    birthcountry: '99100',
    email: 'marcel.modele@example.org',
  },
  household: { couple: 'divorced', children: [] },
  address: {
    line: '27 boulevard de l’Exemple, bât. B',
    postalCode: '13003',
    communeInsee: '13203',
    commune: 'Marseille 3e Arrondissement',
    since: '2008-02-01',
  },
  housing: { status: 'social-tenant', rentCents: 39000, chargesCents: 7000, zoneApl: 'zone_2' },
  regimes: [{ kind: 'general', caisse: 'CPAM des Bouches-du-Rhône' }],
  activity: { statuses: ['retraite'], employments: [] },
  benefits: [
    paidBenefit(
      {
        benefit: 'aspa',
        organisation: 'cnav',
        label: 'Allocation de solidarité aux personnes âgées',
        since: '2013-03-01',
      },
      steps([
        ['2025-11', 30678],
        ['2026-01', 31071],
      ]),
      9,
    ),
    paidBenefit(
      {
        benefit: 'aide_logement',
        organisation: 'caf',
        label: 'Aide personnalisée au logement',
        since: '2008-03-01',
      },
      steps([
        ['2025-11', 18500],
        ['2026-10', 18690],
      ]),
    ),
  ],
  tax: [
    {
      incomeYear: 2025,
      revenuFiscalDeReferenceCents: 785700,
      nombreDeParts: 1,
      impotCents: 0,
      tauxPrelevementPercent: 0,
      numeroFiscal: '9900000000044',
    },
  ],
  pensions: [
    {
      organisation: 'cnav',
      label: 'Retraite de base du régime général',
      since: '2010-02-01',
      trimestres: 118,
      payments: toPayments(
        steps([
          ['2025-11', 64210],
          ['2026-01', 64788],
        ]),
        9,
      ),
    },
    {
      organisation: 'agirc-arrco',
      label: 'Retraite complémentaire Agirc-Arrco',
      since: '2010-02-01',
      // Agirc-Arrco pays at the start of the month it is due for.
      payments: toPayments(steady(8540), 1, 0),
    },
  ],
  quotientFamilial: { provider: 'CAF', value: 606, month: '2026-11' },
  identifiers: {
    cnav: '9900004',
    caf: '9900004',
    'agirc-arrco': '9900004',
    impots: '9900000000044',
  },
  health: { medecinTraitant: true, ald: true },
};
