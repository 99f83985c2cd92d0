import { describe, expect, it } from 'vitest';
import {
  DEMO_WINDOW,
  demoPeople,
  findPersonById,
  findPersonByLogin,
  findPersonBySub,
  testIdentities,
} from './people.ts';

describe('demo people', () => {
  it('has at least 8 people with unique ids, logins and subs', () => {
    expect(demoPeople.length).toBeGreaterThanOrEqual(8);
    for (const key of ['id', 'login'] as const)
      expect(new Set(demoPeople.map((p) => p[key])).size).toBe(demoPeople.length);
    expect(new Set(demoPeople.map((p) => p.claims.sub)).size).toBe(demoPeople.length);
  });

  it.each(demoPeople.map((p) => [p.id, p] as const))(
    '%s has FranceConnect-shaped claims',
    (_, p) => {
      expect(p.claims.sub).toMatch(/^[0-9a-f]{64}v1$/);
      expect(p.claims.birthdate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(p.claims.birthdate))).toBe(false);
      expect(p.claims.birthplace).toMatch(/^[0-9][0-9AB][0-9]{3}$/);
      expect(p.claims.birthcountry).toBe('99100');
      expect(p.claims.email).toMatch(/^[a-z.]+@example\.org$/);
      expect(p.address.communeInsee).toMatch(/^[0-9][0-9AB][0-9]{3}$/);
      expect(p.address.postalCode).toMatch(/^[0-9]{5}$/);
    },
  );

  it.each(demoPeople.map((p) => [p.id, p] as const))(
    '%s has consistent money and dates',
    (_, p) => {
      const series = [
        ...p.benefits.flatMap((b) => b.payments),
        ...p.pensions.flatMap((x) => x.payments),
      ];
      for (const pay of series) {
        expect(Number.isInteger(pay.amountCents)).toBe(true);
        expect(pay.amountCents).toBeGreaterThan(0);
        expect(pay.paidOn.slice(0, 7) >= pay.month).toBe(true);
      }
      const jobs = [
        ...p.activity.employments,
        ...(p.household.partner?.activity.employments ?? []),
      ];
      for (const job of jobs) {
        expect(job.siret).toMatch(/^999\d{11}$/);
        for (const m of job.pay) expect(DEMO_WINDOW).toContain(m.month);
      }
      for (const id of Object.values(p.identifiers)) expect(id).toMatch(/^99/);
    },
  );

  it('covers the situations the sandboxes must show', () => {
    const has = (f: (p: (typeof demoPeople)[number]) => boolean) => demoPeople.some(f);
    expect(
      has((p) => p.regimes.length > 1 && p.regimes.some((r) => r.kind === 'msa-exploitant')),
    ).toBe(true);
    for (const b of ['rsa', 'ppa', 'af', 'aide_logement', 'aah', 'aspa', 'css', 'are'] as const)
      expect(has((p) => p.benefits.some((x) => x.benefit === b))).toBe(true);
    expect(has((p) => p.previousAddress !== undefined)).toBe(true);
    expect(has((p) => p.household.couple === 'widowed')).toBe(true);
    expect(has((p) => p.activity.selfEmployment?.status === 'micro-entrepreneur')).toBe(true);
    expect(has((p) => p.activity.student !== undefined)).toBe(true);
  });

  it('finds a person by sub, id and login (case-insensitive)', () => {
    const nadia = findPersonByLogin(' Nadia ');
    expect(nadia?.id).toBe('nadia-exemple');
    expect(findPersonBySub(nadia?.claims.sub ?? '')).toBe(nadia);
    expect(findPersonById('nadia-exemple')).toBe(nadia);
    expect(findPersonByLogin('nobody')).toBeUndefined();
  });

  it('lists test identities with their passwords', () => {
    expect(testIdentities()).toContainEqual(
      expect.objectContaining({ login: 'nadia', password: 'nadia-2026', name: 'Nadia Exemple' }),
    );
  });
});
