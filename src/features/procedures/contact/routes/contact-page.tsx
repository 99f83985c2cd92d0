// /demarches/contacter — write to an organisation and follow the conversation.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../../../shared/hooks/use-page-title.ts';
import type { DraftStore } from '../../../../shared/lib/device-drafts.ts';
import { WithQueries } from '../../../../shared/lib/queries.tsx';
import { Alert } from '../../../../shared/ui/notice.tsx';
import { Lead, PageContainer, PageTitle, Section } from '../../../../shared/ui/page.tsx';
import { LoginCallout } from '../../forms/components/login-callout.tsx';
import { isSharedDevice } from '../../forms/lib/device.ts';
import { useThreads } from '../api/queries.ts';
import { ContactForm } from '../components/contact-form.tsx';
import { Threads } from '../components/threads.tsx';
import { useContact } from '../hooks/use-contact.ts';
import { contactStore, type ContactDraft } from '../lib/draft.ts';

export const CONTACT_PATH = '/demarches/contacter';

export function Contact({ store }: { readonly store: DraftStore<ContactDraft> }) {
  const { t } = useTranslation('procedures-contact');
  usePageTitle(t('title'));
  const flow = useContact(store);
  const threads = useThreads(flow.loggedIn);
  return (
    <PageContainer>
      <PageTitle>{t('title')}</PageTitle>
      <Lead>{t('lead')}</Lead>
      {flow.sentTo ? (
        <Alert severity="success" live>
          <p>{t('sent')}</p>
        </Alert>
      ) : null}
      {flow.meLoading ? null : flow.loggedIn ? (
        <Section title={t('write')}>
          <ContactForm flow={flow} />
        </Section>
      ) : (
        <LoginCallout returnTo={CONTACT_PATH} draftKept={!isSharedDevice()} />
      )}
      <Section title={t('threads.title')}>
        <Threads threads={threads.data?.threads ?? []} />
      </Section>
    </PageContainer>
  );
}

export function ContactPage() {
  const shared = isSharedDevice();
  const store = useMemo(() => contactStore(shared), [shared]);
  return (
    <WithQueries>
      <Contact store={store} />
    </WithQueries>
  );
}
