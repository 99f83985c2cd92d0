// Revenu de solidarité active: the base amount (revalued every 1 April), the increases by
// household size, the isolated-parent increase, the forfait logement and the payment threshold.
import type { LegalRef } from '../contract.ts';
import { constant, dated } from './aide-logement-refs.ts';

const casf = (article: string, what: string, id: string): LegalRef => ({
  title: `Code de l’action sociale et des familles, art. ${article} (${what})`,
  url: `https://www.legifrance.gouv.fr/codes/article_lc/${id}`,
});

export const RSA_REFS = {
  L262_2: {
    title: 'Revenu de solidarité active (RSA) : conditions et montant (service-public.fr)',
    url: 'https://www.service-public.fr/particuliers/vosdroits/N19775',
  },
  L262_4: {
    title: 'Loi n° 2008-1249 du 1er décembre 2008, art. 3 (CASF, art. L262-4 : âge, études)',
    url: 'https://www.legifrance.gouv.fr/affichTexteArticle.do?idArticle=LEGIARTI000019861526&cidTexte=JORFTEXT000019860428',
  },
  R262_1: casf('R262-1', 'majoration selon la composition du foyer', 'LEGIARTI000020522717'),
  R262_2: casf('R262-2', 'majoration pour isolement', 'LEGIARTI000033979137'),
  R262_3: casf(
    'R262-3',
    'enfants et personnes à charge de moins de 25 ans',
    'LEGIARTI000020526222',
  ),
  R262_6: casf('R262-6', 'ressources des trois mois précédents', 'LEGIARTI000036393176'),
  R262_9: casf('R262-9', 'forfait logement', 'LEGIARTI000020526192'),
  R262_10_1: casf(
    'R262-10-1',
    'allocation de soutien familial forfaitisée',
    'LEGIARTI000029006452',
  ),
  R262_11: casf(
    'R262-11',
    'prestations familiales comptées dans les ressources',
    'LEGIARTI000020526199',
  ),
  D262_16: {
    title: 'Décret n° 2009-404 du 15 avril 2009, art. 2 (montant minimal versé)',
    url: 'https://www.legifrance.gouv.fr/affichTexteArticle.do?idArticle=LEGIARTI000020522717&cidTexte=JORFTEXT000020521930',
  },
} as const;

const decret = (title: string, path: string): LegalRef => ({
  title,
  url: `https://www.legifrance.gouv.fr/jorf/${path}`,
});
const DECRETS = [
  decret('Décret n° 2023-340 du 4 mai 2023, art. 1', 'article_jo/JORFARTI000047521567'),
  decret('Décret n° 2024-396 du 29 avril 2024, art. 1', 'article_jo/JORFARTI000049486518'),
  decret('Décret n° 2025-293 du 29 mars 2025, art. 1', 'id/JORFTEXT000051393086'),
  decret('Décret n° 2026-220 du 30 mars 2026, art. 1', 'id/JORFTEXT000053733826'),
] as const;

const rate = (label: string, from: string, value: number, ref: LegalRef) =>
  constant(label, 'rate', from, value, ref);
const years = (label: string, value: number, ref: LegalRef) =>
  constant(label, 'years', '2009-06-01', value, ref);

export const rsaParams = {
  montantDeBase: dated('Montant forfaitaire du RSA pour une personne seule', 'currency', [
    ['2023-04-01', 607.75, DECRETS[0]],
    ['2024-04-01', 635.71, DECRETS[1]],
    ['2025-04-01', 646.52, DECRETS[2]],
    ['2026-04-01', 651.69, DECRETS[3]],
  ]),
  /** Increase for the second person (couple, or first child of an isolated parent). */
  majorationDeuxiemePersonne: rate(
    'Majoration pour la deuxième personne',
    '2009-06-01',
    0.5,
    RSA_REFS.R262_1,
  ),
  majorationTroisiemePersonne: rate(
    'Majoration pour la troisième personne',
    '2009-06-01',
    0.3,
    RSA_REFS.R262_1,
  ),
  majorationEnfantSupplementaire: rate(
    'Majoration par enfant supplémentaire',
    '2009-06-01',
    0.4,
    RSA_REFS.R262_1,
  ),
  majorationIsolementBase: rate(
    'RSA majoré pour isolement : part du montant de base',
    '2016-01-01',
    1.28412,
    RSA_REFS.R262_2,
  ),
  majorationIsolementParEnfant: rate(
    'RSA majoré pour isolement : part par enfant à charge',
    '2016-01-01',
    0.42804,
    RSA_REFS.R262_2,
  ),
  ageEnfantMajoration: years(
    'Âge de l’enfant ouvrant la majoration pour isolement sans limite de durée',
    3,
    RSA_REFS.R262_2,
  ),
  ageAllocataire: years('Âge minimal de l’allocataire sans enfant', 25, RSA_REFS.L262_4),
  agePersonneACharge: years('Âge limite des personnes à charge', 25, RSA_REFS.R262_3),
  forfaitLogement1: rate('Forfait logement, une personne', '2009-06-01', 0.12, RSA_REFS.R262_9),
  forfaitLogement2: rate('Forfait logement, deux personnes', '2009-06-01', 0.16, RSA_REFS.R262_9),
  forfaitLogement3: rate(
    'Forfait logement, trois personnes ou plus',
    '2009-06-01',
    0.165,
    RSA_REFS.R262_9,
  ),
  forfaitAsf: rate(
    'Allocation de soutien familial forfaitisée, par enfant (part de la BMAF)',
    '2014-04-01',
    0.225,
    RSA_REFS.R262_10_1,
  ),
  montantMinimumVerse: constant(
    'Montant minimal versé',
    'currency',
    '2009-06-01',
    6,
    RSA_REFS.D262_16,
  ),
};
