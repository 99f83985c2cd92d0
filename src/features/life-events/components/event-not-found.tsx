// An unknown slug: say so, and offer the closest events and the full list.
import { useTranslation } from 'react-i18next';
import { lifeEvents, localize } from '../../../shared/content/index.ts';
import { usePageTitle } from '../../../shared/hooks/use-page-title.ts';
import { Lead, LinkList, PageContainer, PageTitle, TextLink } from '../../../shared/ui/page.tsx';

export function EventNotFound({ slug }: { readonly slug: string }) {
  const { t, i18n } = useTranslation('life-events');
  const lang = i18n.resolvedLanguage ?? 'fr';
  usePageTitle(t('notFoundTitle'));
  const words = slug.split('-').filter((w) => w.length > 2);
  const close = lifeEvents.filter((e) => words.some((w) => e.slug.includes(w))).slice(0, 4);
  return (
    <PageContainer>
      <PageTitle>{t('notFoundTitle')}</PageTitle>
      <Lead>{t('notFoundText')}</Lead>
      {close.length > 0 ? (
        <>
          <p>{t('notFoundSuggestions')}</p>
          <LinkList
            items={close.map((e) => ({
              to: `/evenements-de-vie/${e.slug}`,
              label: localize(e.title, lang),
            }))}
          />
        </>
      ) : null}
      <p>
        <TextLink to="/evenements-de-vie">{t('backToList')}</TextLink>
      </p>
    </PageContainer>
  );
}
