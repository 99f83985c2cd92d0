import { describe, expect, it } from 'vitest';
import type { OrganisationBlock } from '../../../../src/shared/contracts/rights.ts';
import { aRight, input, rightsWith } from '../__fixtures__/input.ts';
import { procedureChanges, rightChanges, snapshotOf } from './changes.ts';

const pay = (month: string, paidOn: string, amountCents: number) => ({
  month,
  paidOn,
  amountCents,
});
const af = (o = {}) =>
  aRight('af', {
    label: 'Allocations familiales',
    payments: [pay('2026-10', '2026-11-05', 14_000)],
    lastPayment: pay('2026-10', '2026-11-05', 14_000),
    ...o,
  });
const seen = (rights: ReturnType<typeof rightsWith>, today = '2026-11-20') =>
  snapshotOf(input(today, { rights }));

describe('changes of rights', () => {
  it('says nothing on the first run: changes are measured from then on', () => {
    expect(rightChanges(input('2026-11-20', { rights: rightsWith({ caf: [af()] }) }))).toEqual([]);
  });

  it('a right started, ended, or whose amount changed', () => {
    const previous = seen(rightsWith({ caf: [af()] }));
    const started = rightsWith({
      caf: [af(), aRight('ars', { label: 'ARS', since: '2026-11-01' })],
    });
    expect(
      rightChanges(input('2026-11-21', { rights: started, previous })).map((a) => a.title),
    ).toEqual(['Un droit a commencé : ARS']);
    const ended = rightsWith({ caf: [af({ status: 'termine', until: '2026-11-30' })] });
    const [e] = rightChanges(input('2026-12-01', { rights: ended, previous }));
    expect(e).toMatchObject({
      category: 'change',
      title: 'Un droit a pris fin : Allocations familiales',
    });
    const more = rightsWith({ caf: [af({ lastPayment: pay('2026-10', '2026-11-05', 15_000) })] });
    const [m] = rightChanges(input('2026-11-21', { rights: more, previous }));
    expect(m?.body).toBe('Votre Allocations familiales passe de 140,00 € à 150,00 € par mois.');
  });

  it('a payment made, with no amount in the title or the text', () => {
    const previous = seen(rightsWith({ caf: [af()] }));
    const paid = rightsWith({
      caf: [af({ lastPayment: pay('2026-11', '2026-12-05', 14_000) })],
    });
    expect(rightChanges(input('2026-12-04', { rights: paid, previous }))).toEqual([]); // not yet
    const [p] = rightChanges(input('2026-12-05', { rights: paid, previous }));
    expect(p?.title).toBe('Un paiement a été fait : Allocations familiales');
    expect(`${p?.title ?? ''} ${p?.body ?? ''}`).not.toMatch(/€|140/u);
  });

  it('an organisation that did not answer ends nothing, and keeps what was seen', () => {
    const previous = seen(rightsWith({ caf: [af()] }));
    const silent = rightsWith({});
    const down: OrganisationBlock = { id: 'caf', status: 'unavailable', reason: 'timeout' };
    silent.organisations.push(down);
    expect(rightChanges(input('2026-11-21', { rights: silent, previous }))).toEqual([]);
    expect(snapshotOf(input('2026-11-21', { rights: silent, previous })).rights).toEqual(
      previous.rights,
    );
  });

  it('the same facts seen twice give the same alerts (same facts, so same ids)', () => {
    const previous = seen(rightsWith({ caf: [af()] }));
    const more = rightsWith({ caf: [af({ lastPayment: pay('2026-10', '2026-11-05', 15_000) })] });
    const once = rightChanges(input('2026-11-21', { rights: more, previous }));
    const twice = rightChanges(input('2026-11-22', { rights: more, previous }));
    expect(twice.map((a) => a.fact)).toEqual(once.map((a) => a.fact));
  });
});

describe('changes of procedures', () => {
  it('tells a status change, not a procedure seen for the first time', () => {
    const p = {
      id: 'p1',
      procedure: 'aide-logement',
      organisation: 'caf',
      status: 'sent',
      createdAt: 0,
      documents: 1,
    };
    const previous = snapshotOf(input('2026-11-20', { procedures: [p] }));
    expect(procedureChanges(input('2026-11-21', { procedures: [p], previous }))).toEqual([]);
    const [c] = procedureChanges(
      input('2026-11-21', { procedures: [{ ...p, status: 'acknowledged' }], previous }),
    );
    expect(c).toMatchObject({ fact: 'procedure:p1:acknowledged', action: { href: '/demarches' } });
    const fresh = { ...p, id: 'p2' };
    expect(procedureChanges(input('2026-11-21', { procedures: [fresh], previous }))).toEqual([]);
  });
});
