import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_BENEFITS } from '../../engine/questions/index.ts';
import { DISCREET_PATHS } from '../lib/discreet.ts';
import { lifeEvents, links, linkById, organisations } from './index.ts';
import { checkContent } from './validate.ts';

const here = import.meta.dirname;
const read = (file: string): unknown => JSON.parse(readFileSync(path.join(here, file), 'utf8'));
const files = () => ({
  links: read('links.json'),
  organisations: read('organisations.json'),
  events: Object.fromEntries(
    readdirSync(path.join(here, 'life-events')).map((f) => [f, read(`life-events/${f}`)]),
  ),
});

describe('reviewed content', () => {
  it('names every discreet life event in the shell’s list of pages that open the journey', () => {
    const discreet = lifeEvents
      .filter((e) => e.discreet)
      .map((e) => `/evenements-de-vie/${e.slug}`);
    expect([...DISCREET_PATHS].sort()).toEqual(discreet.sort());
  });

  it('validates every file on disk without a single error', () => {
    expect(checkContent(files()).errors).toEqual([]);
  });

  it('has the 15 life events of the PNDS hub plus illness, with kebab-case unique slugs', () => {
    const slugs = lifeEvents.map((e) => e.slug);
    expect(slugs.length).toBeGreaterThanOrEqual(16);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const s of slugs) expect(s).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    for (const slug of [
      'naissance',
      'adoption',
      'garde-enfant',
      'demenagement',
      'quitter-parents',
      'separation',
      'deces-proche',
      'recherche-emploi',
      'handicap-adulte',
      'handicap-enfant',
      'retraite',
      'perte-autonomie',
      'partir-etranger',
      'etranger-en-france',
      'violences-conjugales',
      'maladie',
    ])
      expect(slugs).toContain(slug);
  });

  it('has unique link ids and URLs, and a service-public.fr fallback for each', () => {
    const ids = links.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    const urls = links.map((l) => l.url);
    expect(new Set(urls).size).toBe(urls.length);
    for (const l of links) expect(l.fallback).toMatch(/^https:\/\/www\.service-public\.gouv\.fr\//);
  });

  it('only links journeys to the registry', () => {
    const used = lifeEvents.flatMap((e) => [
      ...e.timeline.flatMap((g) => g.steps.map((s) => s.link)),
      ...e.services.map((s) => s.link),
    ]);
    expect(used.filter((id) => !linkById(id))).toEqual([]);
  });

  it('names only benefits the engine knows', () => {
    const known = new Set<string>(ALL_BENEFITS);
    const unknown = lifeEvents.flatMap((e) => e.simulation.benefits.filter((b) => !known.has(b)));
    expect(unknown).toEqual([]);
  });

  it('says who each step is done with: an organisation, or a professional such as a doctor', () => {
    const steps = lifeEvents.flatMap((e) => e.timeline.flatMap((g) => g.steps));
    for (const s of steps) expect(Boolean(s.organisation) !== Boolean(s.professional)).toBe(true);
    const certify = lifeEvents
      .find((e) => e.slug === 'deces-proche')
      ?.timeline.flatMap((g) => g.steps)
      .find((s) => s.title.fr === 'Faire constater le décès par un médecin');
    expect(certify?.organisation).toBeUndefined();
    expect(certify?.professional).toEqual({ fr: 'Médecin', en: 'Doctor' });
  });

  it('reports, in French, a step with both an organisation and a professional, or neither', () => {
    const f = files();
    const event = structuredClone(f.events['maladie.json']) as {
      timeline: { steps: { organisation?: string; professional?: unknown }[] }[];
    };
    const [first, second] = event.timeline[0]?.steps ?? [];
    if (first) first.professional = { fr: 'Médecin', en: 'Doctor' };
    if (second) delete second.organisation;
    const { errors } = checkContent({ ...f, events: { ...f.events, 'maladie.json': event } });
    expect(errors.filter((e) => e.includes('auprès de qui'))).toHaveLength(2);
  });

  it('gives every national organisation a way in: a phone, a personal space or a public page', () => {
    // The mairie is local: its handling text says which one to go to.
    for (const o of organisations.filter((x) => x.id !== 'mairie'))
      expect(o.phone ?? o.space ?? o.website).toBeTruthy();
  });

  it('reports, in French, a journey pointing at a link that is not in the registry', () => {
    const f = files();
    const event = structuredClone(f.events['maladie.json']) as {
      timeline: { steps: { link: string }[] }[];
    };
    const step = event.timeline[0]?.steps[0];
    if (step) step.link = 'lien-inexistant';
    const { errors } = checkContent({ ...f, events: { ...f.events, 'maladie.json': event } });
    expect(errors).toContain(
      'maladie.json : le lien « lien-inexistant » n’est pas dans links.json',
    );
  });

  it('reports duplicate URLs, bad ids and non-https addresses', () => {
    const f = files();
    const registry = f.links as { links: Record<string, unknown>[] };
    const first = registry.links[0] ?? {};
    const bad = {
      links: [
        ...registry.links,
        { ...first, id: 'Pas_Kebab' },
        { ...first, id: 'copie', url: 'http://exemple.fr' },
        { ...first, id: 'meme-adresse' },
      ],
    };
    const { errors } = checkContent({ ...f, links: bad });
    expect(errors.some((e) => e.includes('kebab-case'))).toBe(true);
    expect(errors.some((e) => e.includes('https://'))).toBe(true);
    expect(errors.some((e) => e.startsWith('adresse en double'))).toBe(true);
  });
});
