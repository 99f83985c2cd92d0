import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPeople } from '../../demo/people.ts';
import { aRight, input, rightsWith } from '../__fixtures__/input.ts';
import { appAt, demoIdentity, morningOf } from '../__fixtures__/app.ts';
import { evaluate, runSources } from './index.ts';

describe('evaluate', () => {
  it('gives each fact its deterministic id and never an expired alert', () => {
    const rights = rightsWith({ cpam: [aRight('css', { until: '2027-01-31' })] });
    const renewals = (day: string, now: number) =>
      evaluate(input(day, { rights }), now).filter((x) => x.source === 'c2s-renewal');
    const [a] = renewals('2026-12-10', 1);
    const [b] = renewals('2026-12-20', 2);
    expect(a?.id).toBeDefined();
    expect(b?.id).toBe(a?.id);
    expect(renewals('2027-01-31', 3)).toHaveLength(1);
    expect(renewals('2027-02-01', 3)).toEqual([]);
  });

  it('sends information messages only to a person who opted in', () => {
    expect(evaluate(input('2026-12-10'), 1).filter((a) => a.category === 'information')).toEqual(
      [],
    );
    const opted = evaluate(input('2026-12-10', { informationOptIn: true }), 1).filter(
      (a) => a.category === 'information',
    );
    expect(opted.map((a) => a.title)).toEqual(['La trêve hivernale a commencé']);
    expect(opted[0]?.validUntil).toBe('2027-03-31');
  });
});

describe('runSources on the demo identities', () => {
  let t: Awaited<ReturnType<typeof appAt>>;
  beforeAll(async () => {
    t = await appAt(morningOf('2026-04-02'));
  });
  afterAll(() => t.close());

  it('the same fact twice gives one alert', async () => {
    const person = demoIdentity('sophie-maquette');
    const first = await runSources(t.app.services, person.sub, t.clock.now, { person });
    expect(first.length).toBeGreaterThan(0);
    const again = await runSources(t.app.services, person.sub, t.clock.now + 1000, { person });
    expect(again).toEqual([]);
    expect(await t.app.services.alerts.forPerson(person.sub)).toHaveLength(first.length);
  });

  it('a revaluation on 1 April gives one alert with both estimated amounts', async () => {
    const person = demoIdentity('emilie-brouillon');
    const fresh = await runSources(t.app.services, person.sub, t.clock.now, { person });
    const reval = fresh.filter((a) => a.category === 'revaluation');
    expect(reval).toHaveLength(1);
    expect(reval[0]?.title).toBe('Revalorisation : Prime d’activité');
    expect(reval[0]?.body).toMatch(
      /^Votre montant estimé passe de \d[\d\u202f ]*,\d\d € à \d[\d\u202f ]*,\d\d € par mois à partir de avril 2026/u,
    );
    const [from, to] = [...(reval[0]?.body ?? '').matchAll(/([\d\u202f ]+,\d\d) €/gu)].map(
      (m) => m[1],
    );
    expect(from).not.toBe(to);
  });

  it('runs with the identity kept from the person’s last visit (the scheduler has no session)', async () => {
    const person = demoIdentity('karim-specimen');
    expect(await runSources(t.app.services, person.sub, t.clock.now)).toEqual([]);
    await t.app.services.alerts.rememberPerson(person.sub, person);
    const found = await runSources(t.app.services, person.sub, t.clock.now);
    expect(found.map((a) => a.category)).toContain('unclaimed');
    expect(found.find((a) => a.category === 'unclaimed')?.action.href).toMatch(/^\/simuler\//);
  });
});

describe('demo data: a real inbox on the day the portal starts', () => {
  const today = new Date().toISOString().slice(0, 10);
  for (const day of [today, '2027-02-20', '2027-07-01']) {
    it(`at least five demo identities have alerts on ${day}`, async () => {
      const t = await appAt(morningOf(day));
      try {
        const withAlerts: string[] = [];
        for (const p of demoPeople) {
          const person = { ...p.claims };
          const a = await runSources(t.app.services, person.sub, t.clock.now, { person });
          if (a.length > 0) withAlerts.push(p.id);
        }
        expect(withAlerts.length).toBeGreaterThanOrEqual(5);
      } finally {
        await t.close();
      }
    }, 60_000);
  }
});
