// Family benefits: the BMAF and the allocations familiales rules, dated, with their sources.
import type { LegalRef, Parameter } from '../contract.ts';
import { ARRETE_PLAFONDS_2023, fromJanuary, INSTR_PLAFONDS_2026, withEarlier } from './yearly.ts';

const CSS_BMAF: LegalRef = {
  title:
    'Code de la sécurité sociale, art. L551-1 (base mensuelle de calcul des allocations familiales)',
  url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000038834291',
};
const INSTR_2024: LegalRef = {
  title: 'Instruction interministérielle n° DSS/2B/2024/43 du 20 mars 2024',
  url: 'https://sante.gouv.fr/fichiers/bo/2024/2024.6.sante.pdf#page=84',
};
const INSTR_2025: LegalRef = {
  title: 'Instruction interministérielle n° DSS/2A/2C/2025/32 du 7 mars 2025 (+1,7 %)',
  url: 'https://sante.gouv.fr/fichiers/bo/2025/2025.6.sante.pdf#page=9',
};
const INSTR_2026: LegalRef = {
  title:
    'Instruction interministérielle du 20 mars 2026 relative à la revalorisation au 1er avril 2026 des prestations familiales',
  url: 'https://bulletins-officiels.social.gouv.fr/',
};

/** Base mensuelle de calcul des allocations familiales (€). */
export const bmaf: Parameter = {
  label: 'Base mensuelle de calcul des allocations familiales (BMAF)',
  unit: 'currency',
  values: [
    // Older values: biactivité compares N-2 incomes with 12 BMAF of January N-2.
    {
      from: '2020-04-01',
      value: 414.4,
      ref: {
        title: 'Circulaire DSS/SD2B/2020/33 du 18 février 2020',
        url: 'https://solidarites-sante.gouv.fr/fichiers/bo/2020/20-02/ste_20200002_0000_0046.pdf',
      },
    },
    {
      from: '2021-04-01',
      value: 414.81,
      ref: {
        title: 'Circulaire DSS/2B/2021/65 du 19 mars 2021',
        url: 'https://solidarites-sante.gouv.fr/fichiers/bo/2021/2021.5.sante.pdf#page=140',
      },
    },
    {
      from: '2022-04-01',
      value: 422.28,
      ref: {
        title: 'Circulaire DSS/2B/2022/82 du 28 mars 2022',
        url: 'https://solidarites-sante.gouv.fr/fichiers/bo/2022/2022.8.sante.pdf#page=404',
      },
    },
    {
      from: '2022-07-01',
      value: 439.17,
      ref: {
        title: 'Loi n° 2022-1158 du 16 août 2022, art. 9 (revalorisation anticipée de 4 %)',
        url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000046186723',
      },
    },
    { from: '2023-04-01', value: 445.93, ref: CSS_BMAF },
    { from: '2024-04-01', value: 466.44, ref: INSTR_2024 },
    { from: '2025-04-01', value: 474.37, ref: INSTR_2025 },
    { from: '2026-04-01', value: 478.16, ref: INSTR_2026 },
  ],
};

const D521_1: LegalRef = {
  title: 'Code de la sécurité sociale, art. D521-1 (montants des allocations familiales)',
  url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000030680318',
};
const D521_2: LegalRef = {
  title: 'Code de la sécurité sociale, art. D521-2 (majorations pour âge)',
  url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000030680326',
};
const DECRET_2026_138: LegalRef = {
  title:
    'Décret n° 2026-138 du 27 février 2026 portant à dix-huit ans l’âge de la majoration des allocations familiales',
  url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000053594174',
};

export const afTaux = {
  deuxEnfants: {
    label: 'Taux pour deux enfants à charge',
    unit: 'rate',
    values: [{ from: '2015-07-01', value: 0.32, ref: D521_1 }],
  },
  parEnfantSupplementaire: {
    label: 'Taux par enfant à charge à partir du troisième',
    unit: 'rate',
    values: [{ from: '2015-07-01', value: 0.41, ref: D521_1 }],
  },
  majorationAge: {
    label: 'Majoration pour âge, par enfant',
    unit: 'rate',
    values: [{ from: '2008-05-01', value: 0.16, ref: D521_2 }],
  },
  ageMajoration: {
    label: 'Âge ouvrant la majoration (enfants nés à partir du 1er mars 2012)',
    unit: 'years',
    values: [
      { from: '2008-05-01', value: 14, ref: D521_2 },
      { from: '2026-03-01', value: 18, ref: DECRET_2026_138 },
    ],
  },
  forfaitaire: {
    label: 'Allocation forfaitaire pour un enfant de 20 ans (familles de 3 enfants ou plus)',
    unit: 'rate',
    values: [{ from: '2003-07-01', value: 0.20234, ref: D521_1 }],
  },
} satisfies Record<string, Parameter>;

const D521_3: LegalRef = {
  title: 'Code de la sécurité sociale, art. D521-3 (plafonds de ressources, modulation)',
  url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000030680334',
};
/** Ceilings (revenus N-2, €/an) for two children; each further child raises them. */
const CEILING_REFS = [D521_3, D521_3, INSTR_PLAFONDS_2026] as const;

export const afPlafonds = {
  tranche1: withEarlier(
    fromJanuary('Premier plafond de ressources (2 enfants)', [74966, 78565, 79980], CEILING_REFS),
    [{ from: '2023-01-01', value: 71194, ref: ARRETE_PLAFONDS_2023 }],
  ),
  tranche2: withEarlier(
    fromJanuary('Second plafond de ressources (2 enfants)', [99922, 104719, 106604], CEILING_REFS),
    [{ from: '2023-01-01', value: 94893, ref: ARRETE_PLAFONDS_2023 }],
  ),
  parEnfant: withEarlier(
    fromJanuary(
      'Majoration des plafonds par enfant supplémentaire',
      [6246, 6546, 6664],
      CEILING_REFS,
    ),
    [{ from: '2023-01-01', value: 5932, ref: ARRETE_PLAFONDS_2023 }],
  ),
};

export const REF_L521_1: LegalRef = {
  title: 'Code de la sécurité sociale, art. L521-1 (allocations familiales)',
  url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000041398213',
};
