// The simulator opened on this event's benefits and situation. The event slug stands in for
// the situation when the simulator has no matching entry, so the journey is still traceable.
import type { LifeEvent } from '../../../shared/content/index.ts';
import { DISCREET_PARAM } from '../../../shared/lib/discreet.ts';

export function simulateUrl(event: LifeEvent): string {
  const search = new URLSearchParams({
    benefits: event.simulation.benefits.join(','),
    situation: event.simulation.situation ?? event.slug,
  });
  // The discreet journey's simulator stays discreet even when reloaded.
  if (event.discreet) search.set(DISCREET_PARAM, '1');
  return `/simuler?${search.toString().replaceAll('%2C', ',')}`;
}
