import { ContentPage } from '../../../shared/components/content-page.tsx';

export function KioskPage() {
  return <ContentPage namespace="pillars" page="kiosk" />;
}
