// Prevention and information messages: only for a person who opted in (off by default). Each is
// a yearly window of the French calendar.
import { addDays } from '../calendar.ts';
import type { AlertDraft, Source } from './types.ts';

interface Message {
  readonly key: string;
  /** `MM-DD`, inclusive; a window may run over the new year. */
  readonly from: string;
  readonly to: string;
  readonly title: string;
  readonly body: string;
  readonly action: { readonly label: string; readonly href: string };
}

const MESSAGES: readonly Message[] = [
  {
    key: 'treve-hivernale',
    from: '11-01',
    to: '03-31',
    title: 'La trêve hivernale a commencé',
    body: 'Du 1er novembre au 31 mars, un locataire ne peut pas être expulsé de son logement. En cas de difficulté pour payer votre loyer, parlez-en tôt à votre bailleur ou à votre Caf.',
    action: {
      label: 'En savoir plus sur service-public.fr',
      href: 'https://www.service-public.fr/particuliers/vosdroits/F34845',
    },
  },
  {
    key: 'declaration-revenus',
    from: '04-10',
    to: '06-10',
    title: 'La déclaration de revenus est ouverte',
    body: 'Déclarer vos revenus chaque année, même faibles, ouvre et garde vos droits (aides au logement, Complémentaire santé solidaire, chèque énergie).',
    action: { label: 'Aller sur impots.gouv.fr', href: 'https://www.impots.gouv.fr' },
  },
];

/** The window of `m` containing `today`, as [start, end] days, or undefined. */
function windowOf(m: Message, today: string): [string, string] | undefined {
  const year = Number(today.slice(0, 4));
  for (const y of [year - 1, year]) {
    const start = `${y}-${m.from}`;
    const end = `${m.to < m.from ? y + 1 : y}-${m.to}`;
    if (start <= today && today <= end) return [start, end];
  }
  return undefined;
}

export const informationSource: Source = ({ today, informationOptIn }) => {
  if (!informationOptIn) return [];
  return MESSAGES.flatMap((m): AlertDraft[] => {
    const w = windowOf(m, today);
    if (!w) return [];
    return [
      {
        source: 'information',
        fact: `${m.key}:${w[0]}`,
        category: 'information',
        title: m.title,
        body: m.body,
        dueDate: null,
        validUntil: addDays(w[1], 0),
        action: m.action,
      },
    ];
  });
};
