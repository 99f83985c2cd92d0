import { beforeEach, expect, it } from 'vitest';
import { directionOf, initialLanguage, rememberLanguage } from './languages.ts';

beforeEach(() => {
  localStorage.clear();
});

it('speaks French unless the person chose another language on this device', () => {
  expect(initialLanguage()).toBe('fr');
  rememberLanguage('en');
  expect(initialLanguage()).toBe('en');
  localStorage.setItem('droits360.lang', 'xx');
  expect(initialLanguage()).toBe('fr');
});

it('gives the writing direction of a language (left to right by default)', () => {
  expect(directionOf('fr')).toBe('ltr');
  expect(directionOf('ar')).toBe('ltr');
});
