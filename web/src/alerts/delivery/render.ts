// The e-mails, in plain French text and in HTML: nothing personal in the subject, the one-click
// unsubscribe in the headers (RFC 2369 and RFC 8058) and as a link in the body, and the short
// verification code with where to check it and what the portal never asks.
import { PUSH_TITLES } from '../../../../src/shared/contracts/alerts.ts';
import type { DeliverableAlert } from './port.ts';
import type { OutgoingMail } from './mailer.ts';

/** What the portal never asks by e-mail: said in every e-mail and on /alertes/verifier. */
export const NEVER_ASKED = [
  'votre mot de passe ou vos codes FranceConnect',
  'vos coordonnées bancaires ou un paiement',
  'une copie de vos pièces d’identité par retour de courriel',
] as const;

const escape = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

interface Parts {
  readonly paragraphs: readonly string[];
  readonly action: { readonly label: string; readonly url: string };
  readonly code: string;
  readonly verifyUrl: string;
  readonly unsubscribe?: { readonly label: string; readonly url: string };
}

function text(p: Parts): string {
  return [
    'Bonjour,',
    '',
    ...p.paragraphs.flatMap((x) => [x, '']),
    `${p.action.label} : ${p.action.url}`,
    '',
    '--',
    `Code de vérification : ${p.code}`,
    `Pour vérifier que ce courriel vient bien de Droits360, saisissez ce code sur ${p.verifyUrl}`,
    `Droits360 ne vous demande jamais par courriel : ${NEVER_ASKED.join(' ; ')}.`,
    ...(p.unsubscribe ? ['', `${p.unsubscribe.label} : ${p.unsubscribe.url}`] : []),
    '',
  ].join('\n');
}

function html(p: Parts): string {
  const para = (s: string) => `<p>${escape(s)}</p>`;
  return [
    '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Droits360</title></head>',
    '<body style="font-family: Marianne, Arial, sans-serif; color: #161616; line-height: 1.5">',
    para('Bonjour,'),
    ...p.paragraphs.map(para),
    `<p><a href="${escape(p.action.url)}">${escape(p.action.label)}</a></p>`,
    '<hr>',
    `<p>Code de vérification : <strong>${escape(p.code)}</strong><br>`,
    `Pour vérifier que ce courriel vient bien de Droits360, saisissez ce code sur `,
    `<a href="${escape(p.verifyUrl)}">${escape(p.verifyUrl)}</a>.</p>`,
    `<p>Droits360 ne vous demande jamais par courriel :</p><ul>`,
    ...NEVER_ASKED.map((x) => `<li>${escape(x)}</li>`),
    '</ul>',
    p.unsubscribe
      ? `<p><a href="${escape(p.unsubscribe.url)}">${escape(p.unsubscribe.label)}</a></p>`
      : '',
    '</body></html>',
  ].join('\n');
}

export interface RenderContext {
  readonly publicUrl: string;
  readonly messageId: string;
  readonly code: string;
}

const verifyUrl = (c: RenderContext) =>
  `${c.publicUrl}/alertes/verifier?code=${encodeURIComponent(c.code)}`;

/** The e-mail of one alert, with its one-click unsubscribe for the alert's category. */
export function alertMail(
  alert: DeliverableAlert,
  to: string,
  c: RenderContext & { readonly unsubscribeToken: string },
): OutgoingMail {
  const unsubscribeUrl = `${c.publicUrl}/alertes/desabonnement?jeton=${c.unsubscribeToken}`;
  const parts: Parts = {
    paragraphs: [alert.title, alert.body],
    action: { label: alert.action.label, url: new URL(alert.action.href, c.publicUrl).href },
    code: c.code,
    verifyUrl: verifyUrl(c),
    unsubscribe: {
      label: 'Ne plus recevoir ce type d’alerte par courriel (un clic)',
      url: unsubscribeUrl,
    },
  };
  return {
    to,
    subject: `Droits360 : ${PUSH_TITLES[alert.category].toLowerCase()}`,
    text: text(parts),
    html: html(parts),
    messageId: c.messageId,
    headers: {
      'List-Unsubscribe': `<${unsubscribeUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'Auto-Submitted': 'auto-generated',
    },
  };
}

/** The e-mail that confirms an address before any alert is sent to it. */
export function confirmationMail(
  to: string,
  c: RenderContext & { readonly confirmToken: string },
): OutgoingMail {
  const parts: Parts = {
    paragraphs: [
      'Vous avez demandé à recevoir les alertes de Droits360 à cette adresse.',
      'Confirmez-la en ouvrant le lien ci-dessous (valable 48 heures). Si vous n’êtes pas à l’origine de cette demande, ignorez ce courriel : aucune alerte ne sera envoyée à cette adresse.',
    ],
    action: {
      label: 'Confirmer mon adresse',
      url: `${c.publicUrl}/alertes/email/confirmer?jeton=${c.confirmToken}`,
    },
    code: c.code,
    verifyUrl: verifyUrl(c),
  };
  return {
    to,
    subject: 'Droits360 : confirmez votre adresse électronique',
    text: text(parts),
    html: html(parts),
    messageId: c.messageId,
    headers: { 'Auto-Submitted': 'auto-generated' },
  };
}
