import { expect, it } from 'vitest';
import { lifeEventBySlug } from '../../../shared/content/index.ts';
import { simulateUrl } from './simulate-url.ts';

it('opens the simulator on the event’s benefits, with its situation when it has one', () => {
  const moving = lifeEventBySlug('demenagement');
  const job = lifeEventBySlug('recherche-emploi');
  if (!moving || !job) throw new Error('catalogue incomplet');
  expect(simulateUrl(moving)).toBe('/simuler?benefits=aide_logement&situation=demenagement');
  expect(simulateUrl(job)).toMatch(/^\/simuler\?benefits=rsa,ppa,[a-z_,]+&situation=emploi$/);
});
