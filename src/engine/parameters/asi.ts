// Allocation supplémentaire d'invalidité: yearly resource ceilings (the allowance tops resources
// up to them), revalued every 1 April like the other benefits (L161-25).
import type { LegalRef, Parameter } from '../contract.ts';

const L815_24: LegalRef = {
  title: 'Code de la sécurité sociale, art. L815-24 (allocation supplémentaire d’invalidité)',
  url: 'https://www.legifrance.gouv.fr/codes/id/LEGISCTA000006156277/',
};
const cnav = (year: number, n: string, day: string): LegalRef => ({
  title: `Circulaire Cnav ${year}-${n} du ${day} (revalorisation de l’ASI au 1er avril ${year})`,
  url: `https://legislation.lassuranceretraite.fr/Pdf/circulaire_cnav_${year}_${n}_${day.replaceAll('/', '')}.pdf`,
});
const REVAL_2022: LegalRef = {
  title:
    'Loi n° 2022-1158 du 16 août 2022 (revalorisation anticipée de 4 % au 1er juillet 2022), art. L815-24-1 CSS',
  url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000046186723',
};
const REVAL_2026: LegalRef = {
  title:
    'Code de la sécurité sociale, art. L816-3 et L161-25 : revalorisation de 0,8 % au 1er avril 2026 (montant calculé, circulaire Cnav 2026 non reprise)',
  url: 'https://www.legifrance.gouv.fr/codes/id/LEGISCTA000006156277/',
};

const ceiling = (
  label: string,
  v: readonly [number, number, number, number, number],
): Parameter => ({
  label,
  unit: 'currency',
  values: [
    { from: '2022-07-01', value: v[0], ref: REVAL_2022 },
    { from: '2023-04-01', value: v[1], ref: cnav(2023, '09', '11/04/2023') },
    { from: '2024-04-01', value: v[2], ref: cnav(2024, '13', '04/04/2024') },
    { from: '2025-04-01', value: v[3], ref: cnav(2025, '13', '03/04/2025') },
    { from: '2026-04-01', value: v[4], ref: REVAL_2026 },
  ],
});

export const asiParams = {
  plafondSeul: ceiling(
    'Plafond annuel de ressources de l’ASI, personne seule',
    [10163.71, 10320.07, 10794.79, 10978.3, 11066.13],
  ),
  plafondCouple: ceiling(
    'Plafond annuel de ressources de l’ASI, couple',
    [17786.49, 18060.13, 18890.89, 19212.03, 19365.73],
  ),
};

export const REF_L815_24 = L815_24;
