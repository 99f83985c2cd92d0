import { beforeEach, expect, it } from 'vitest';
import { directionOf, initialLanguage, LANGUAGES, rememberLanguage } from './languages.ts';

beforeEach(() => {
  localStorage.clear();
});

it('ships every catalogue folder, French first, each named in its own language', () => {
  expect(LANGUAGES[0]).toEqual({ code: 'fr', label: 'Français', dir: 'ltr' });
  expect(LANGUAGES).toContainEqual({ code: 'en', label: 'English', dir: 'ltr' });
});

it('speaks French unless the person chose another language on this device', () => {
  expect(initialLanguage()).toBe('fr');
  rememberLanguage('en');
  expect(initialLanguage()).toBe('en');
  localStorage.setItem('droits360.lang', 'xx');
  expect(initialLanguage()).toBe('fr');
});

it('writes Arabic right to left, French and English left to right', () => {
  expect(directionOf('ar')).toBe('rtl');
  expect(directionOf('fr')).toBe('ltr');
  expect(directionOf('en')).toBe('ltr');
});
