// Renders an editorial page from an i18n catalogue entry: title, lead and sections of
// paragraphs and links. Texts stay in src/locales, translators never touch code.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LinkList, Lead, PageContainer, PageTitle, Section } from '../ui/page.tsx';
import { usePageTitle } from '../hooks/use-page-title.ts';

export interface ContentSection {
  readonly title: string;
  readonly paragraphs?: readonly string[];
  readonly items?: readonly string[];
  readonly links?: readonly { readonly to: string; readonly label: string }[];
}

export interface ContentPageProps {
  readonly namespace: string;
  /** Key of the page object: { title, lead, sections[] }. */
  readonly page: string;
  /** Calls to action shown right after the lead. */
  readonly children?: ReactNode;
}

export function ContentPage({ namespace, page, children }: ContentPageProps) {
  const { t } = useTranslation(namespace);
  const title = t(`${page}.title`);
  usePageTitle(title);
  const sections = t(`${page}.sections`, { returnObjects: true, defaultValue: [] }) as unknown;
  return (
    <PageContainer>
      <PageTitle>{title}</PageTitle>
      <Lead>{t(`${page}.lead`)}</Lead>
      {children}
      {Array.isArray(sections)
        ? (sections as ContentSection[]).map((s) => (
            <Section key={s.title} title={s.title}>
              {s.paragraphs?.map((p) => (
                <p key={p}>{p}</p>
              ))}
              {s.items ? (
                <ul>
                  {s.items.map((i) => (
                    <li key={i}>{i}</li>
                  ))}
                </ul>
              ) : null}
              {s.links ? <LinkList items={s.links} /> : null}
            </Section>
          ))
        : null}
    </PageContainer>
  );
}
