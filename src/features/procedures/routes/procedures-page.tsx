import { Route, Routes } from 'react-router';
import { ContentPage } from '../../../shared/components/content-page.tsx';
import { ContactPage } from '../contact/index.ts';
import { DocumentsPage } from '../documents/index.ts';
import { ProcedurePage, ProceduresHub } from '../forms/index.ts';
import { TellUsOncePage } from '../tell-us-once/index.ts';

/** An unknown /demarches/… address: the shell's error boundary shows its 404 page. */
function NotFound(): never {
  // The shape react-router's isRouteErrorResponse() recognises.
  // eslint-disable-next-line @typescript-eslint/only-throw-error
  throw { status: 404, statusText: 'Not Found', internal: false, data: null };
}

export function ProceduresPage() {
  return (
    <Routes>
      <Route
        index
        element={
          <ContentPage namespace="pillars" page="procedures">
            <ProceduresHub />
          </ContentPage>
        }
      />
      <Route path="changement-de-situation" element={<TellUsOncePage />} />
      <Route path="formulaires/:id" element={<ProcedurePage />} />
      <Route path="justificatifs" element={<DocumentsPage />} />
      <Route path="contacter" element={<ContactPage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
