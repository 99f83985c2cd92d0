// Journal lines (append-only on the server): when, what, who and which structure, under which
// mandate; the manager's view names the person too.
import { useTranslation } from 'react-i18next';
import type { JournalEntry } from '../../../shared/contracts/assisted.ts';
import { DataTable } from '../../../shared/ui/data-table.tsx';
import { formatDateTime } from '../lib/format.ts';
import { useDomainLabel } from './domain-list.tsx';

export function JournalTable({
  caption,
  entries,
  withPerson = false,
}: {
  readonly caption: string;
  readonly entries: readonly JournalEntry[];
  readonly withPerson?: boolean;
}) {
  const { t, i18n } = useTranslation('assisted');
  const label = useDomainLabel();
  if (entries.length === 0) return <p>{t('journal.empty')}</p>;
  const who = (e: JournalEntry) =>
    e.agent
      ? t('journal.agent', {
          name: `${e.agent.givenName} ${e.agent.usualName}`,
          structure: e.structure?.name ?? '',
        })
      : t('journal.you');
  const what = (e: JournalEntry) =>
    [
      t(`actions.${e.action}`),
      e.domain ? label(e.domain) : null,
      e.detail ? t(`details.${e.detail}`, { defaultValue: e.detail }) : null,
    ]
      .filter(Boolean)
      .join(' — ');
  return (
    <DataTable
      caption={caption}
      headers={[
        t('journal.when'),
        t('journal.what'),
        t('journal.who'),
        ...(withPerson ? [t('journal.person')] : []),
      ]}
      rows={entries.map((e) => ({
        key: e.id,
        cells: [
          formatDateTime(e.at, i18n.language),
          what(e),
          who(e),
          ...(withPerson ? [e.person ? `${e.person.givenName} ${e.person.familyName}` : '—'] : []),
        ],
      }))}
    />
  );
}
