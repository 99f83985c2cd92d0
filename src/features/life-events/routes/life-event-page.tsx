// /evenements-de-vie/:slug — one journey: démarches by deadline, organisations and why,
// benefits to simulate, services outside the social sphere.
import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { lifeEventBySlug, localize, type LifeEvent } from '../../../shared/content/index.ts';
import { usePageTitle } from '../../../shared/hooks/use-page-title.ts';
import { enterDiscreet } from '../../../shared/lib/device-mode.ts';
import { Lead, PageContainer, PageTitle, Section, TextLink } from '../../../shared/ui/page.tsx';
import { ChecklistPrint } from '../components/checklist-print.tsx';
import { DiscreetNotice } from '../components/discreet-mode.tsx';
import { EventNotFound } from '../components/event-not-found.tsx';
import { EventTimeline } from '../components/event-timeline.tsx';
import { OrganisationList } from '../components/organisation-list.tsx';
import { PortalProcedures, portalProcedures } from '../components/portal-procedures.tsx';
import { ServiceList } from '../components/service-list.tsx';
import { SimulationBox } from '../components/simulation-box.tsx';

export function LifeEventPage() {
  const { slug = '' } = useParams();
  const event = lifeEventBySlug(slug);
  return event ? <EventView event={event} /> : <EventNotFound slug={slug} />;
}

function EventView({ event }: { readonly event: LifeEvent }) {
  const { t, i18n } = useTranslation('life-events');
  const lang = i18n.resolvedLanguage ?? 'fr';
  // The discreet journey starts here and holds on every page reached from it (the shell shows
  // the quick exit, titles stay neutral, nothing is kept) until the person leaves the site.
  useEffect(() => {
    if (event.discreet) enterDiscreet();
  }, [event.discreet]);
  usePageTitle(event.discreet ? t('discreetTitle') : localize(event.title, lang));
  return (
    <PageContainer>
      <PageTitle>{localize(event.title, lang)}</PageTitle>
      <Lead>{localize(event.summary, lang)}</Lead>
      {event.discreet ? <DiscreetNotice /> : null}
      <Section title={t('stepsTitle')}>
        <EventTimeline event={event} />
        {event.discreet ? null : <ChecklistPrint event={event} />}
      </Section>
      {portalProcedures(event).length > 0 ? (
        <Section title={t('portalTitle')}>
          <PortalProcedures event={event} />
        </Section>
      ) : null}
      <Section title={t('organisationsTitle')}>
        <OrganisationList event={event} />
      </Section>
      {event.simulation.benefits.length > 0 ? (
        <Section title={t('benefitsTitle')}>
          <SimulationBox event={event} />
        </Section>
      ) : null}
      {event.services.length > 0 ? (
        <Section title={t('servicesTitle')}>
          <ServiceList event={event} />
        </Section>
      ) : null}
      <p>
        {event.discreet ? (
          // Replace, not push: the discreet journey must not pile up entries in the history.
          <Link to="/evenements-de-vie" replace>
            {t('backToList')}
          </Link>
        ) : (
          <TextLink to="/evenements-de-vie">{t('backToList')}</TextLink>
        )}
      </p>
    </PageContainer>
  );
}
