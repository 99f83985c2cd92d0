// The SMIC (gross hourly), used by several ceilings.
import type { Parameter } from '../contract.ts';

export const smicHoraireBrut: Parameter = {
  label: 'SMIC horaire brut',
  unit: 'currency',
  values: [
    {
      from: '2023-01-01',
      value: 11.27,
      ref: {
        title:
          'Décret n° 2022-1608 du 22 décembre 2022 portant relèvement du salaire minimum de croissance',
        url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000046780043',
      },
    },
    {
      from: '2023-05-01',
      value: 11.52,
      ref: {
        title: 'Arrêté du 26 avril 2023 relatif au relèvement du salaire minimum de croissance',
        url: 'https://www.legifrance.gouv.fr/',
      },
    },
    {
      from: '2024-01-01',
      value: 11.65,
      ref: {
        title: 'Décret du 20 décembre 2023 portant relèvement du salaire minimum de croissance',
        url: 'https://www.legifrance.gouv.fr/jorf/article_jo/JORFARTI000048604684',
      },
    },
    {
      from: '2024-11-01',
      value: 11.88,
      ref: {
        title: 'Décret n° 2024-951 du 23 octobre 2024',
        url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000050392683',
      },
    },
    {
      from: '2026-01-01',
      value: 12.02,
      ref: {
        title:
          'Décret n° 2025-1228 du 17 décembre 2025 portant relèvement du salaire minimum de croissance',
        url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000053042520',
      },
    },
    {
      from: '2026-06-01',
      value: 12.31,
      ref: {
        title: 'Arrêté du 22 mai 2026 relatif au relèvement du salaire minimum de croissance',
        url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000054126589',
      },
    },
  ],
};

/** Monthly hours used to turn the hourly SMIC into a monthly one for benefit ceilings. */
export const HOURS_PER_MONTH = 169;
