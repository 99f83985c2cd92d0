import { StrictMode, Suspense } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import '../shared/ui/dsfr.css';
import '../shared/ui/app.css';
import { setupI18n } from '../shared/i18n/index.ts';
import { SOURCE_LANGUAGE } from '../shared/i18n/languages.ts';
import { applyScheme, savedScheme, watchSystemScheme } from '../shared/lib/theme.ts';
import { createRouter } from './router.tsx';
import { registerServiceWorker } from './service-worker.ts';

applyScheme(savedScheme());
watchSystemScheme();
const i18n = await setupI18n();

const container = document.getElementById('root');
if (!container) throw new Error('Élément #root absent de index.html');

const app = (
  <StrictMode>
    <Suspense>
      <RouterProvider router={createRouter()} />
    </Suspense>
  </StrictMode>
);
// The home page arrives pre-rendered in French (scripts/prerender.mjs): adopt that markup rather
// than repaint it. Any other page, or another language, renders from the empty shell.
const prerendered =
  container.hasChildNodes() &&
  window.location.pathname === '/' &&
  i18n.language === SOURCE_LANGUAGE;
if (prerendered) {
  hydrateRoot(container, app);
} else {
  container.replaceChildren();
  createRoot(container).render(app);
}
// After the first screen: the service worker is for the next visits. (On the pre-rendered home
// page this module itself only runs once the page has loaded.)
if (document.readyState === 'complete') void registerServiceWorker();
else
  window.addEventListener('load', () => {
    void registerServiceWorker();
  });
