import { describe, expect, it } from 'vitest';
import {
  authorizeAction,
  createMandate,
  MandateError,
  revokeMandate,
  type MandateAuditEntry,
} from './mandates.ts';

const now = Date.parse('2026-11-28T10:00:00Z');
const request = {
  personSub: 'person-1',
  agent: { uid: 'uid-agent-fs', siret: '99900000011112', email: 'claire.guichet@example.org' },
  domains: ['social', 'logement'],
  duration: { kind: 'short' },
  remote: false,
  consent: { confirmedSub: 'person-1', at: now - 60_000 },
};
const q = {
  agentUid: 'uid-agent-fs',
  personSub: 'person-1',
  domain: 'social' as const,
  action: 'voir-droits',
  now,
};

describe('mandates', () => {
  it('a short mandate ends at the end of the next day', () => {
    expect(new Date(createMandate(request, now).expiresAt).toISOString()).toBe(
      '2026-11-29T23:59:59.999Z',
    );
  });

  it('refuses a consent given by someone else, or too old', () => {
    expect(() =>
      createMandate({ ...request, consent: { confirmedSub: 'other', at: now } }, now),
    ).toThrow(MandateError);
    expect(() =>
      createMandate(
        { ...request, consent: { confirmedSub: 'person-1', at: now - 16 * 60_000 } },
        now,
      ),
    ).toThrow(/expiré/);
  });

  it('limits a long mandate to one year and refuses unknown domains', () => {
    expect(() =>
      createMandate({ ...request, duration: { kind: 'long', until: '2028-01-01' } }, now),
    ).toThrow(/un an/);
    expect(
      createMandate({ ...request, duration: { kind: 'long', until: '2027-06-30' } }, now).expiresAt,
    ).toBe(Date.parse('2027-06-30T23:59:59.999Z'));
    expect(() => createMandate({ ...request, domains: ['impots'] }, now)).toThrow();
    expect(() => createMandate({ ...request, domains: [] }, now)).toThrow(/au moins un domaine/);
  });

  it('authorizes only the agent, the person, the domains and the period of the mandate, and logs it', () => {
    const m = createMandate(request, now);
    const log: MandateAuditEntry[] = [];
    const add = (e: MandateAuditEntry) => log.push(e);
    expect(authorizeAction(m, q, add)).toBe(true);
    expect(authorizeAction(m, { ...q, domain: 'argent' }, add)).toBe(false);
    expect(authorizeAction(m, { ...q, agentUid: 'uid-agent-ccas' }, add)).toBe(false);
    expect(authorizeAction(m, { ...q, personSub: 'person-2' }, add)).toBe(false);
    expect(authorizeAction(m, { ...q, now: m.expiresAt + 1 }, add)).toBe(false);
    expect(authorizeAction(revokeMandate(m, now + 1), { ...q, now: now + 2 }, add)).toBe(false);
    expect(log).toEqual([{ mandateId: m.id, at: now, action: 'voir-droits', domain: 'social' }]);
  });
});
