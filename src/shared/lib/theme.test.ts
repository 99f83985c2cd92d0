import { beforeEach, expect, it } from 'vitest';
import { applyScheme, savedScheme, setScheme } from './theme.ts';

beforeEach(() => {
  localStorage.clear();
});

it('applies and remembers light and dark, and forgets the choice for "system"', () => {
  expect(savedScheme()).toBe('system');
  setScheme('dark');
  expect(document.documentElement).toHaveAttribute('data-fr-theme', 'dark');
  expect(document.documentElement).toHaveAttribute('data-fr-scheme', 'dark');
  expect(savedScheme()).toBe('dark');
  setScheme('system');
  expect(savedScheme()).toBe('system');
  expect(localStorage.getItem('droits360.scheme')).toBeNull();
});

it('follows the system when asked to', () => {
  applyScheme('system');
  expect(document.documentElement).toHaveAttribute('data-fr-scheme', 'system');
  expect(['light', 'dark']).toContain(document.documentElement.getAttribute('data-fr-theme'));
});
