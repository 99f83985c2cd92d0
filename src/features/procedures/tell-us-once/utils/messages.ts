// An error as the person reads it: the contract's French message (the server's too) becomes its
// translation key; "client.*" keys are the form's own; anything else is shown as received.
import type { TFunction } from 'i18next';
import {
  DECLARATION_MESSAGES,
  MOVE_NOTICE_DAYS,
} from '../../../../shared/contracts/declarations.ts';

const keyOf = new Map(Object.entries(DECLARATION_MESSAGES).map(([k, m]) => [m as string, k]));

export function errorText(t: TFunction, message: string): string {
  if (message.startsWith('client.')) return t(`errors.${message.slice(7)}`);
  const key = keyOf.get(message);
  return key ? t(`errors.${key}`, { defaultValue: message, days: MOVE_NOTICE_DAYS }) : message;
}
