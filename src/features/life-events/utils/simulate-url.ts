// The simulator opened on this event's benefits and situation. The event slug stands in for
// the situation when the simulator has no matching entry, so the journey is still traceable.
import type { LifeEvent } from '../../../shared/content/index.ts';

export function simulateUrl(event: LifeEvent): string {
  const search = new URLSearchParams({
    benefits: event.simulation.benefits.join(','),
    situation: event.simulation.situation ?? event.slug,
  });
  return `/simuler?${search.toString().replaceAll('%2C', ',')}`;
}
