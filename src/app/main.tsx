import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import '../shared/ui/dsfr.css';
import '../shared/ui/app.css';
import { setupI18n } from '../shared/i18n/index.ts';
import { applyScheme, savedScheme, watchSystemScheme } from '../shared/lib/theme.ts';
import { createRouter } from './router.tsx';
import { registerServiceWorker } from './service-worker.ts';

applyScheme(savedScheme());
watchSystemScheme();
await setupI18n();

const container = document.getElementById('root');
if (!container) throw new Error('Élément #root absent de index.html');

createRoot(container).render(
  <StrictMode>
    <Suspense>
      <RouterProvider router={createRouter()} />
    </Suspense>
  </StrictMode>,
);
// After the first screen: the service worker is for the next visits.
window.addEventListener('load', () => {
  void registerServiceWorker();
});
