// A démarche's link, always from the registry, with the service-public.fr page as a way out
// when the organisation's page has moved.
import { useTranslation } from 'react-i18next';
import { linkById, localize } from '../../../shared/content/index.ts';
import { ExternalLink } from '../../../shared/ui/page.tsx';

export function DeepLink({ id }: { readonly id: string }) {
  const { t, i18n } = useTranslation('life-events');
  const link = linkById(id);
  if (!link) return null;
  const lang = i18n.resolvedLanguage ?? 'fr';
  return (
    <p>
      <ExternalLink href={link.url} newWindowLabel={t('newWindow')}>
        {localize(link.label, lang)}
      </ExternalLink>
      {link.fallback !== link.url ? (
        <>
          <br />
          <ExternalLink href={link.fallback} newWindowLabel={t('newWindow')}>
            {t('fallback', { label: localize(link.label, lang) })}
          </ExternalLink>
        </>
      ) : null}
    </p>
  );
}
