import { ContentPage } from '../../../shared/components/content-page.tsx';

export function SimulatePage() {
  return <ContentPage namespace="pillars" page="simulate" />;
}
