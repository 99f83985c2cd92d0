// Build-time rendering of the home page to HTML (scripts/prerender.mjs): the first screen
// paints from HTML and CSS before the JavaScript arrives; the app then takes over.
import { StrictMode, Suspense } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { setupI18n } from '../shared/i18n/index.ts';
import { routes } from './router.tsx';

export async function renderPage(url: string): Promise<string> {
  await setupI18n('fr');
  const handler = createStaticHandler(routes);
  const context = await handler.query(new Request(new URL(url, 'http://localhost')));
  if (context instanceof Response) throw new Error(`rendu impossible de ${url} : redirection`);
  const router = createStaticRouter(handler.dataRoutes, context);
  // The same tree as main.tsx, so that the browser adopts this markup as it is.
  return renderToString(
    <StrictMode>
      <Suspense>
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </Suspense>
    </StrictMode>,
  );
}
