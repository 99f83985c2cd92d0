import { ContentPage } from '../../../shared/components/content-page.tsx';

export function ProceduresPage() {
  return <ContentPage namespace="pillars" page="procedures" />;
}
