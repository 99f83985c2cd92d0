import { describe, expect, it } from 'vitest';
import { KNOWN_SITUATIONS, orientationFromSearch, questionsUrl } from './entry.ts';

describe('orientation from the query string', () => {
  it('accepts benefit ids and group names, ignoring unknown ones', () => {
    const o = orientationFromSearch(new URLSearchParams('benefits=rsa,c2s,nope,aah'));
    expect(o.benefits).toEqual(['rsa', 'css_participation_forfaitaire', 'cmu_c', 'aah']);
    expect(o.answers).toEqual({});
  });

  it('prefills what a situation tells', () => {
    expect(orientationFromSearch(new URLSearchParams('situation=retraite')).answers).toEqual({
      'p1.activite': 'retraite',
    });
    expect(
      orientationFromSearch(new URLSearchParams('situation=<script>')).situation,
    ).toBeUndefined();
  });

  it('understands every situation and benefit the life events link with, and English words', () => {
    const events = import.meta.glob<{ simulation: { benefits: string[]; situation?: string } }>(
      '../../../shared/content/life-events/*.json',
      { eager: true, import: 'default' },
    );
    expect(Object.keys(events).length).toBeGreaterThan(10);
    for (const [path, event] of Object.entries(events)) {
      const slug = path.split('/').at(-1)!.replace('.json', '');
      const situation = event.simulation.situation ?? slug;
      expect(KNOWN_SITUATIONS, path).toContain(situation);
      const o = orientationFromSearch(
        new URLSearchParams({ benefits: event.simulation.benefits.join(','), situation }),
      );
      expect(o.benefits, path).toEqual(event.simulation.benefits);
    }
    const en = orientationFromSearch(new URLSearchParams('benefits=rsa,ppa&situation=children'));
    expect(en).toEqual({ benefits: ['rsa', 'ppa'], answers: {}, situation: 'enfants' });
    expect(orientationFromSearch(new URLSearchParams('situation=separation')).answers).toEqual({
      couple: false,
    });
  });

  it('builds links to the questionnaire', () => {
    expect(questionsUrl({ benefits: 'logement', situation: 'seul' })).toBe(
      '/simuler/questions?benefits=logement&situation=seul',
    );
    expect(questionsUrl({})).toBe('/simuler/questions');
  });
});
