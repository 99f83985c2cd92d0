import { ContentPage } from '../../../shared/components/content-page.tsx';

export function AssistedPage() {
  return <ContentPage namespace="pillars" page="assisted" />;
}
