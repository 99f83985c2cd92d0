// Notifications on this device: what the browser allows, and subscribing or unsubscribing it
// with the portal's push service key. Permission is asked only from a click (enablePush).
import { pushKeyResponse } from '../../../shared/contracts/alerts.ts';
import * as z from 'zod/mini';
import { call, change, type Session } from '../api/http.ts';

export type PushSupport = 'unsupported' | 'ios-install' | 'ready';

function isIos(): boolean {
  const ua = navigator.userAgent;
  return /iPad|iPhone|iPod/.test(ua) || (/Macintosh/.test(ua) && navigator.maxTouchPoints > 1);
}

function isStandalone(): boolean {
  const legacy = (navigator as Navigator & { standalone?: boolean }).standalone;
  return legacy === true || window.matchMedia('(display-mode: standalone)').matches;
}

export function pushSupport(): PushSupport {
  // Safari on iOS offers Web Push only to a web app added to the home screen.
  if (isIos() && !isStandalone()) return 'ios-install';
  if (!('serviceWorker' in navigator) || !('PushManager' in window) || !('Notification' in window))
    return 'unsupported';
  return 'ready';
}

async function registration(): Promise<ServiceWorkerRegistration | undefined> {
  return navigator.serviceWorker.getRegistration();
}

export async function currentSubscription(): Promise<PushSubscription | null> {
  const reg = await registration();
  return reg ? reg.pushManager.getSubscription() : null;
}

function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
  const raw = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  const bytes = new Uint8Array(new ArrayBuffer(raw.length));
  for (let i = 0; i < raw.length; i += 1) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

export type EnableResult = 'subscribed' | 'denied' | 'dismissed';

export async function enablePush(session: Session): Promise<EnableResult> {
  const permission = await Notification.requestPermission();
  if (permission === 'denied') return 'denied';
  if (permission !== 'granted') return 'dismissed';
  const reg = (await registration()) ? await navigator.serviceWorker.ready : undefined;
  if (!reg) throw new Error('no service worker');
  const { publicKey } = await call(pushKeyResponse, '/api/push/cle');
  const subscription =
    (await reg.pushManager.getSubscription()) ??
    (await reg.pushManager.subscribe({
      userVisibleOnly: true,
      applicationServerKey: keyBytes(publicKey),
    }));
  await change(z.unknown(), '/api/push/abonnements', {
    session,
    method: 'POST',
    body: { subscription: subscription.toJSON() },
    action: `push-subscribe:${subscription.endpoint}`,
  });
  return 'subscribed';
}

export async function disablePush(session: Session): Promise<void> {
  const subscription = await currentSubscription();
  if (!subscription) return;
  await change(z.unknown(), '/api/push/abonnements', {
    session,
    method: 'DELETE',
    body: { endpoint: subscription.endpoint },
    action: `push-unsubscribe:${subscription.endpoint}`,
  });
  await subscription.unsubscribe();
}
