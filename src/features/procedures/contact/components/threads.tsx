// The conversations, newest first: each message with who wrote it and when, the organisation's
// answers included.
import { useTranslation } from 'react-i18next';
import type { MessageThread } from '../../../../shared/contracts/messages.ts';
import { organisationById } from '../../../../shared/content/index.ts';

export function Threads({ threads }: { readonly threads: readonly MessageThread[] }) {
  const { t, i18n } = useTranslation('procedures-contact');
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  if (threads.length === 0) return <p>{t('threads.empty')}</p>;
  return (
    <>
      {threads.map((th) => {
        const org = organisationById(th.organisation);
        const name = org ? (i18n.language === 'en' ? org.name.en : org.name.fr) : th.organisation;
        return (
          <article key={th.id} aria-labelledby={`thread-${th.id}`}>
            <h3 id={`thread-${th.id}`}>
              {t('threads.heading', { subject: th.subject, organisation: name })}
            </h3>
            <ol>
              {th.messages.map((m) => (
                <li key={m.id}>
                  <p>
                    <strong>{m.from === 'me' ? t('threads.me') : name}</strong>{' '}
                    <time dateTime={new Date(m.at).toISOString()}>{date.format(m.at)}</time>
                  </p>
                  <p>{m.text}</p>
                  {m.documents.length ? (
                    <p>
                      {t('threads.documents', { names: m.documents.map((d) => d.name).join(', ') })}
                    </p>
                  ) : null}
                </li>
              ))}
            </ol>
          </article>
        );
      })}
    </>
  );
}
