// /accompagnement and its sub-pages. The query cache lives in memory only.
import { Route, Routes } from 'react-router';
import { WithQueries } from '../../../shared/lib/queries.tsx';
import { ActingPage } from './acting-page.tsx';
import { ConsentPage } from './consent-page.tsx';
import { HandoffPage } from './handoff-page.tsx';
import { MyMandatesPage } from './my-mandates-page.tsx';
import { NewMandatePage } from './new-mandate-page.tsx';
import { WorkspacePage } from './workspace-page.tsx';

/** An unknown /accompagnement/…/… address: the shell's error boundary shows its 404 page. */
function NotFound(): never {
  // The shape react-router's isRouteErrorResponse() recognises.
  // eslint-disable-next-line @typescript-eslint/only-throw-error
  throw { status: 404, statusText: 'Not Found', internal: false, data: null };
}

export function AssistedPage() {
  return (
    <WithQueries>
      <AssistedRoutes />
    </WithQueries>
  );
}

export function AssistedRoutes() {
  return (
    <Routes>
      <Route index element={<WorkspacePage />} />
      <Route path="mandat/nouveau" element={<NewMandatePage />} />
      <Route path="consentement/:token" element={<ConsentPage />} />
      <Route path="mandats/:id" element={<ActingPage />} />
      <Route path="recapitulatif" element={<HandoffPage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}

export function MyMandatesRoute() {
  return (
    <WithQueries>
      <MyMandatesPage />
    </WithQueries>
  );
}
