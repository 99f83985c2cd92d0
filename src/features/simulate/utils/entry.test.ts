import { describe, expect, it } from 'vitest';
import { orientationFromSearch, questionsUrl } from './entry.ts';

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

  it('builds links to the questionnaire', () => {
    expect(questionsUrl({ benefits: 'logement', situation: 'seul' })).toBe(
      '/simuler/questions?benefits=logement&situation=seul',
    );
    expect(questionsUrl({})).toBe('/simuler/questions');
  });
});
