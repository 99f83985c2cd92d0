// What was declared, in words: shown before consent and in the history.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  declarationContent,
  type DeclarationContent,
} from '../../../../shared/contracts/declarations.ts';
import { formatDate } from '../utils/format.ts';

function lines(c: DeclarationContent, t: TFunction, lang: string) {
  switch (c.kind) {
    case 'address':
      return [t('summary.address', { ...c, since: formatDate(c.since, lang) })];
    case 'contact':
      return [
        ...(c.email ? [t('summary.email', { email: c.email })] : []),
        ...(c.phone ? [t('summary.phone', { phone: c.phone })] : []),
      ];
    case 'family':
      return [
        t('summary.family', {
          event: t(`fields.events.${c.event}`),
          date: formatDate(c.date, lang),
        }),
        ...(c.person ? [t('summary.person', { person: c.person })] : []),
      ];
  }
}

export function ChangeSummary({ content }: { readonly content: unknown }) {
  const { t, i18n } = useTranslation('procedures-tell-us-once');
  const parsed = declarationContent.safeParse(content);
  // An older declaration whose shape changed since is listed without its details.
  if (!parsed.success) return null;
  return (
    <ul>
      {lines(parsed.data, t, i18n.resolvedLanguage ?? 'fr').map((l) => (
        <li key={l}>{l}</li>
      ))}
    </ul>
  );
}
