import { ContentPage } from '../../../shared/components/content-page.tsx';

export type StaticPageKey =
  'accessibilite' | 'mentions-legales' | 'donnees-personnelles' | 'plan-du-site' | 'aide';

const pages = new Map<StaticPageKey, () => React.JSX.Element>();

/** One component per editorial page, each rendering its entry of the "pages" catalogue. */
export function staticPage(key: StaticPageKey): () => React.JSX.Element {
  let component = pages.get(key);
  if (!component) {
    component = function StaticPage() {
      return <ContentPage namespace="pages" page={key} />;
    };
    pages.set(key, component);
  }
  return component;
}
