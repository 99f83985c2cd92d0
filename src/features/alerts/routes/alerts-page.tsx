import { ContentPage } from '../../../shared/components/content-page.tsx';

export function AlertsPage() {
  return <ContentPage namespace="pillars" page="alerts" />;
}
