// /alertes and its sub-pages. The query cache lives in memory only.
import { Route, Routes } from 'react-router';
import { WithQueries } from '../../../shared/lib/queries.tsx';
import { AlertPage } from './alert-page.tsx';
import { ConfirmEmailPage, UnsubscribePage } from './email-pages.tsx';
import { InboxPage } from './inbox-page.tsx';
import { PreferencesPage } from './preferences-page.tsx';
import { VerifyPage } from './verify-page.tsx';

/** An unknown /alertes/…/… address: the shell's error boundary shows its 404 page. */
function NotFound(): never {
  // The shape react-router's isRouteErrorResponse() recognises.
  // eslint-disable-next-line @typescript-eslint/only-throw-error
  throw { status: 404, statusText: 'Not Found', internal: false, data: null };
}

export function AlertsPage() {
  return (
    <WithQueries>
      <AlertsRoutes />
    </WithQueries>
  );
}

export function AlertsRoutes() {
  return (
    <Routes>
      <Route index element={<InboxPage />} />
      <Route path="preferences" element={<PreferencesPage />} />
      <Route path="verifier" element={<VerifyPage />} />
      <Route path="email/confirmer" element={<ConfirmEmailPage />} />
      <Route path="desabonnement" element={<UnsubscribePage />} />
      <Route path=":id" element={<AlertPage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
