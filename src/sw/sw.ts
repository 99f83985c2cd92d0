// The service worker. Precaches the app shell, every route's code, catalogues, woff2 fonts and
// public files; any route opens offline (from the empty shell app.html). Personal data (/api, /auth) never touches a cache, so
// a shared device can never show one person's data to the next.
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkOnly } from 'workbox-strategies';
import { notificationFor, openAlert, parsePush } from './push.ts';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: (string | { url: string; revision: string | null })[];
};

const PRIVATE_PATHS = /^\/(api|auth)(\/|$)/;

cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST);

registerRoute(
  ({ url }) => url.origin === self.location.origin && PRIVATE_PATHS.test(url.pathname),
  new NetworkOnly(),
  'GET',
);
registerRoute(
  ({ url }) => url.origin === self.location.origin && PRIVATE_PATHS.test(url.pathname),
  new NetworkOnly(),
  'POST',
);

registerRoute(
  new NavigationRoute(createHandlerBoundToURL('/app.html'), { denylist: [PRIVATE_PATHS] }),
);

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// Web Push: show the alert's title and category only; the page fetches the rest once opened.
self.addEventListener('push', (event) => {
  let data: unknown = null;
  try {
    data = event.data?.json() ?? null;
  } catch {
    data = null;
  }
  const payload = parsePush(data);
  if (!payload) return;
  const { title, options } = notificationFor(payload, self.navigator.language);
  event.waitUntil(self.registration.showNotification(title, options));
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const { url } = (event.notification.data ?? {}) as { url?: unknown };
  if (typeof url !== 'string' || !url.startsWith('/alertes/')) return;
  event.waitUntil(openAlert(url, self.clients, self.location.origin));
});
