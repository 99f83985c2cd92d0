// /droits and its sub-pages. Whether someone is logged in decides between the FranceConnect
// landing and the dashboard; the query cache lives in memory only.
import { Route, Routes } from 'react-router';
import { WithQueries } from '../../../shared/lib/queries.tsx';
import { DashboardPage } from './dashboard-page.tsx';
import { MyDataPage } from './my-data-page.tsx';

/** An unknown /droits/… address: the shell's error boundary shows its 404 page. */
function NotFound(): never {
  // The shape react-router's isRouteErrorResponse() recognises.
  // eslint-disable-next-line @typescript-eslint/only-throw-error
  throw { status: 404, statusText: 'Not Found', internal: false, data: null };
}

export function RightsPage() {
  return (
    <WithQueries>
      <Routes>
        <Route index element={<DashboardPage />} />
        <Route path="mes-donnees" element={<MyDataPage />} />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </WithQueries>
  );
}
