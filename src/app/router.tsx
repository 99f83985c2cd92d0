// Every route and its lazily loaded page: each feature is its own chunk, precached for offline.
import { createBrowserRouter, type RouteObject } from 'react-router';
import { Layout } from './layout.tsx';
import { RouteError } from './route-error.tsx';
import { NotFoundPage } from './not-found.tsx';
// The home page is the first screen of most visits: bundled with the shell, not lazy.
import { HomePage } from '../features/home/index.ts';

const page = (load: () => Promise<{ Component: React.ComponentType }>) => ({ lazy: load });

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, Component: HomePage },
          {
            path: 'droits/*',
            ...page(() =>
              import('../features/rights/index.ts').then((m) => ({ Component: m.RightsPage })),
            ),
          },
          {
            path: 'simuler/*',
            ...page(() =>
              import('../features/simulate/index.ts').then((m) => ({ Component: m.SimulatePage })),
            ),
          },
          {
            path: 'alertes/*',
            ...page(() =>
              import('../features/alerts/index.ts').then((m) => ({ Component: m.AlertsPage })),
            ),
          },
          {
            path: 'demarches/*',
            ...page(() =>
              import('../features/procedures/index.ts').then((m) => ({
                Component: m.ProceduresPage,
              })),
            ),
          },
          {
            path: 'evenements-de-vie',
            ...page(() =>
              import('../features/life-events/index.ts').then((m) => ({
                Component: m.LifeEventsPage,
              })),
            ),
          },
          {
            path: 'evenements-de-vie/:slug',
            ...page(() =>
              import('../features/life-events/index.ts').then((m) => ({
                Component: m.LifeEventPage,
              })),
            ),
          },
          {
            path: 'borne/*',
            ...page(() =>
              import('../features/kiosk/index.ts').then((m) => ({ Component: m.KioskPage })),
            ),
          },
          {
            path: 'accompagnement/*',
            ...page(() =>
              import('../features/assisted/index.ts').then((m) => ({ Component: m.AssistedPage })),
            ),
          },
          {
            path: 'mes-mandats',
            ...page(() =>
              import('../features/assisted/index.ts').then((m) => ({
                Component: m.MyMandatesRoute,
              })),
            ),
          },
          ...(
            [
              'accessibilite',
              'mentions-legales',
              'donnees-personnelles',
              'plan-du-site',
              'aide',
            ] as const
          ).map((path) => ({
            path,
            ...page(() =>
              import('../features/static-pages/index.ts').then((m) => ({
                Component: m.staticPage(path),
              })),
            ),
          })),
          // The 404 is part of the shell (the error boundary shows it too): not a lazy chunk.
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
