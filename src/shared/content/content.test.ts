import { describe, expect, it } from 'vitest';
import { lifeEvents, links, linkById } from './index.ts';

describe('reviewed content', () => {
  it('has the 15 life events of the PNDS hub plus illness', () => {
    expect(lifeEvents.length).toBeGreaterThanOrEqual(16);
    for (const slug of [
      'naissance',
      'demenagement',
      'deces-proche',
      'violences-conjugales',
      'maladie',
    ]) {
      expect(lifeEvents.map((e) => e.slug)).toContain(slug);
    }
  });

  it('has unique ids, slugs and URLs', () => {
    const ids = links.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    const urls = links.map((l) => l.url);
    expect(new Set(urls).size).toBe(urls.length);
    const slugs = lifeEvents.map((e) => e.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it('only links journeys to the registry', () => {
    const missing = lifeEvents.flatMap((e) => [
      ...e.steps.filter((s) => !linkById(s.link)).map((s) => `${e.slug}: ${s.link}`),
      ...e.services.filter((s) => !linkById(s.link)).map((s) => `${e.slug}: ${s.link}`),
    ]);
    expect(missing).toEqual([]);
  });

  it('falls back on service-public.fr for every link', () => {
    for (const l of links) expect(l.fallback).toMatch(/^https:\/\/www\.service-public\.gouv\.fr\//);
  });
});
