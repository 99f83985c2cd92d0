// Complément familial: rates of the BMAF, children's ages and the resource ceilings (revenus
// N-2), revised every 1 January.
import type { LegalRef, Parameter } from '../contract.ts';
import { ARRETE_PLAFONDS_2023, fromJanuary, INSTR_PLAFONDS_2026, withEarlier } from './yearly.ts';

const L522_1: LegalRef = {
  title: 'Code de la sécurité sociale, art. L522-1 (complément familial)',
  url: 'https://www.service-public.fr/particuliers/vosdroits/F13214',
};
const R522_1: LegalRef = {
  title: 'Code de la sécurité sociale, art. R522-1 (enfants de 3 à 21 ans ouvrant droit)',
  url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006750615',
};
const D522_1: LegalRef = {
  title: 'Code de la sécurité sociale, art. D522-1 (montant du complément familial)',
  url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006737116',
};
const D522_2: LegalRef = {
  title: 'Code de la sécurité sociale, art. D522-2 (montant majoré)',
  url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000038249420',
};
const R522_2: LegalRef = {
  title: 'Code de la sécurité sociale, art. R522-2 (plafonds de ressources du complément familial)',
  url: 'https://www.service-public.fr/particuliers/vosdroits/F13214',
};
const L532_2: LegalRef = {
  title:
    'Code de la sécurité sociale, art. L532-2 (non-cumul avec l’allocation de base de la PAJE)',
  url: 'https://www.service-public.fr/particuliers/vosdroits/F13214',
};
const CEILING_REFS = [R522_2, R522_2, INSTR_PLAFONDS_2026] as const;

export const cfParams = {
  tauxBase: {
    label: 'Complément familial, en part de la BMAF',
    unit: 'rate',
    values: [{ from: '1983-01-01', value: 0.4165, ref: D522_1 }],
  },
  tauxMajore: {
    label: 'Complément familial majoré, en part de la BMAF',
    unit: 'rate',
    values: [{ from: '2018-04-01', value: 0.6248, ref: D522_2 }],
  },
  nombreEnfantsMin: {
    label: 'Nombre minimal d’enfants de 3 ans ou plus à charge',
    unit: 'count',
    values: [{ from: '1986-07-01', value: 3, ref: L522_1 }],
  },
  ageMin: {
    label: 'Âge à partir duquel l’enfant ouvre droit',
    unit: 'years',
    values: [{ from: '1986-07-01', value: 3, ref: R522_1 }],
  },
  ageMax: {
    label: 'Âge limite de l’enfant à charge (strict)',
    unit: 'years',
    values: [{ from: '2000-02-01', value: 21, ref: R522_1 }],
  },
  plafond: withEarlier(
    fromJanuary('Plafond de ressources, sans enfant', [23296, 24414, 24853], CEILING_REFS),
    [{ from: '2023-01-01', value: 22123, ref: ARRETE_PLAFONDS_2023 }],
  ),
  majorationBiactifIsole: withEarlier(
    fromJanuary(
      'Majoration du plafond : deux revenus ou parent isolé',
      [9363, 9812, 9989],
      CEILING_REFS,
    ),
    [{ from: '2023-01-01', value: 8892, ref: ARRETE_PLAFONDS_2023 }],
  ),
  majorationDeuxPremiers: {
    label: 'Majoration du plafond pour chacun des deux premiers enfants',
    unit: 'rate',
    values: [{ from: '1986-01-01', value: 0.25, ref: R522_2 }],
  },
  majorationSuivants: {
    label: 'Majoration du plafond par enfant à partir du troisième',
    unit: 'rate',
    values: [{ from: '2010-01-01', value: 0.3, ref: R522_2 }],
  },
  partPlafondMajore: {
    label: 'Plafond du montant majoré, en part du plafond de base',
    unit: 'rate',
    values: [{ from: '2014-04-01', value: 0.5, ref: D522_2 }],
  },
} satisfies Record<string, Parameter>;

export { L522_1 as REF_L522_1, L532_2 as REF_L532_2 };
