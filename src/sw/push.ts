// Web Push: the payload carries no personal data ({ alertId, category, title }); the
// notification only names the alert, and its page fetches the body once the person is logged in.
import fr from '../locales/fr/alerts.json';
import en from '../locales/en/alerts.json';
import { alertHref, pushPayload, type PushPayload } from '../shared/contracts/alerts.ts';

/** The payload, or null when it is not one the portal sends. */
export function parsePush(data: unknown): PushPayload | null {
  const parsed = pushPayload.safeParse(data);
  if (!parsed.success) return null;
  const { alertId, title } = parsed.data;
  if (title === '' || alertId === '' || alertId.length > 200) return null;
  return parsed.data;
}

/** The page a notification opens: the alert's own page. */
export const alertPath = alertHref;

export function notificationFor(payload: PushPayload, language: string) {
  const texts = language.toLowerCase().startsWith('en') ? en : fr;
  return {
    title: payload.title.slice(0, 200),
    options: {
      body: texts.category[payload.category],
      tag: payload.alertId,
      icon: '/icons/icon-192.png',
      badge: '/icons/icon-192.png',
      lang: language.toLowerCase().startsWith('en') ? 'en' : 'fr',
      data: { url: alertPath(payload.alertId), alertId: payload.alertId },
    } satisfies NotificationOptions,
  };
}

interface WindowLike {
  readonly url: string;
  focus(): Promise<unknown>;
  navigate?(url: string): Promise<unknown>;
}

/** Focuses a tab of the portal (sent to the alert's page) or opens one. */
export async function openAlert(
  url: string,
  clients: {
    matchAll(o: { type: 'window'; includeUncontrolled: boolean }): Promise<readonly WindowLike[]>;
    openWindow(url: string): Promise<unknown>;
  },
  origin: string,
): Promise<void> {
  const target = new URL(url, origin).href;
  const windows = await clients.matchAll({ type: 'window', includeUncontrolled: true });
  const same = windows.find((w) => w.url === target);
  if (same) {
    await same.focus();
    return;
  }
  const portal = windows.find((w) => new URL(w.url).origin === origin && 'navigate' in w);
  if (portal?.navigate) {
    await portal.navigate(target);
    await portal.focus();
    return;
  }
  await clients.openWindow(target);
}
