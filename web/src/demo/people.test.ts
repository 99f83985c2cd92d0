import { describe, expect, it } from 'vitest';
import { parseConnectorConfig } from '../connectors/config.ts';
import { connectors } from '../connectors/registry.ts';
import { buildTransports } from '../connectors/transports.ts';
import { NoFileError, type OrganisationRecord } from '../connectors/types.ts';
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

const config = parseConnectorConfig({});
if (!config.ok) throw new Error('default connector configuration must parse');
const transports = buildTransports(config.value);

/** What every organisation's sandbox answers for a person, through the real connectors. */
async function filesOf(p: (typeof demoPeople)[number]): Promise<OrganisationRecord[]> {
  const signal = new AbortController().signal;
  const out: OrganisationRecord[] = [];
  for (const c of connectors) {
    try {
      out.push(await c.fetch(p.claims, transports[c.id], signal));
    } catch (error) {
      if (!(error instanceof NoFileError)) throw error;
    }
  }
  return out;
}

/** A file shows something: a right, a status, a pension account, pay, tax, coverage or QF. */
const showsSomething = (r: OrganisationRecord) =>
  r.rights.length > 0 ||
  r.activity.length > 0 ||
  r.resources.length > 0 ||
  (r.tax?.length ?? 0) > 0 ||
  r.retirementQuarters !== undefined ||
  r.regimes.length > 0 ||
  r.flags.length > 0 ||
  r.quotientFamilial !== undefined;

describe('every person is known consistently across organisations', () => {
  it.each(demoPeople.map((p) => [p.id, p] as const))(
    '%s has rights from at least 5 organisations',
    async (_, p) => {
      const files = await filesOf(p);
      const orgs = files.filter(showsSomething).map((r) => r.organisation);
      expect(orgs.length).toBeGreaterThanOrEqual(5);
      // Everyone is insured for health and files (or is on) a tax return.
      expect(orgs).toContain('cpam');
      expect(orgs).toContain('impots');
      const statuses = p.activity.statuses;
      if (p.activity.employments.length > 0) expect(orgs).toContain('urssaf');
      if (p.activity.jobSeeker) expect(orgs).toContain('france-travail');
      if (statuses.includes('retraite')) {
        expect(orgs).toContain('cnav');
        expect(orgs).toContain('agirc-arrco');
      }
      if (p.benefits.some((b) => b.organisation === 'caf' || b.organisation === 'msa'))
        expect(orgs.some((o) => o === 'caf' || o === 'msa')).toBe(true);
      // Anyone who worked has a career statement at the Assurance retraite.
      if (p.activity.employments.length > 0 || p.activity.selfEmployment)
        expect(files.find((r) => r.organisation === 'cnav')?.retirementQuarters).toBeGreaterThan(0);
    },
  );

  it.each(demoPeople.map((p) => [p.id, p] as const))(
    '%s: the family-benefit organisation knows the housing',
    async (_, p) => {
      const files = await filesOf(p);
      const family = files.find((r) => r.organisation === 'caf' || r.organisation === 'msa');
      expect(family?.housing?.status).toBe(p.housing.status);
      expect(family?.housing?.zoneApl).toBe(p.housing.zoneApl);
      if (p.housing.rentCents !== undefined)
        expect(family?.housing?.rentCents).toBe(p.housing.rentCents);
    },
  );
});
