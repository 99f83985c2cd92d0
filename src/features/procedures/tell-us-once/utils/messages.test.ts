import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../../../../locales/en/procedures-tell-us-once.json';
import fr from '../../../../locales/fr/procedures-tell-us-once.json';
import { DECLARATION_MESSAGES } from '../../../../shared/contracts/declarations.ts';
import { errorText } from './messages.ts';

async function t(lng: 'fr' | 'en') {
  const i18n = createInstance();
  await i18n.init({
    lng,
    fallbackLng: 'fr',
    resources: { fr: { ns: fr }, en: { ns: en } },
    defaultNS: 'ns',
    interpolation: { escapeValue: false },
  });
  return i18n.t;
}

describe('error messages', () => {
  it('are the contract’s French sentences in French, and each has its English version', async () => {
    const [tf, te] = [await t('fr'), await t('en')];
    for (const [key, message] of Object.entries(DECLARATION_MESSAGES)) {
      expect(errorText(tf, message)).toBe(message);
      expect(Object.keys(en.errors), key).toContain(key);
      expect(errorText(te, message)).not.toBe(message);
    }
    expect(errorText(te, DECLARATION_MESSAGES.sinceTooFar)).toBe(
      'Moving date: a move can be announced at most 90 days ahead.',
    );
  });

  it('shows the form’s own messages translated and an unknown server message as received', async () => {
    const te = await t('en');
    expect(errorText(te, 'client.kind')).toBe('What changes: choose what you want to declare.');
    expect(errorText(te, 'Organismes : non concernés : msa.')).toBe(
      'Organismes : non concernés : msa.',
    );
  });

  it('has every French text in English too (English also carries the contract’s messages)', () => {
    const keys = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        typeof v === 'object' && v !== null
          ? keys(v as object, `${prefix}${k}.`)
          : [`${prefix}${k}`],
      );
    const english = new Set(keys(en));
    expect(keys(fr).filter((k) => !english.has(k))).toEqual([]);
  });
});
