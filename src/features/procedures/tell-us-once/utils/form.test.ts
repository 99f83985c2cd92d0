import { describe, expect, it } from 'vitest';
import { DECLARATION_MESSAGES as M } from '../../../../shared/contracts/declarations.ts';
import { EMPTY_FORM, validateForm } from './form.ts';

describe('the form checked with the shared contract', () => {
  it('reads a complete move', () => {
    const r = validateForm({
      ...EMPTY_FORM,
      kind: 'address',
      line: ' 3 quai de la Douane ',
      postalCode: '29200',
      communeCode: '29019',
      commune: 'Brest',
      since: '2026-09-15',
    });
    expect(r).toEqual({
      ok: true,
      content: {
        kind: 'address',
        line: '3 quai de la Douane',
        postalCode: '29200',
        communeCode: '29019',
        commune: 'Brest',
        since: '2026-09-15',
      },
    });
  });

  it('puts each problem on the field shown on screen', () => {
    const r = validateForm({ ...EMPTY_FORM, kind: 'address', line: '3', postalCode: '20000' });
    expect(r).toEqual({
      ok: false,
      errors: { line: M.line, communeCode: M.communeCode, since: M.sinceFormat },
    });
  });

  it('asks for the person for a birth, not for a couple; contact needs one of two', () => {
    const family = { ...EMPTY_FORM, kind: 'family' as const, date: '2026-01-10' };
    expect(validateForm({ ...family, event: 'birth' })).toEqual({
      ok: false,
      errors: { person: M.person },
    });
    expect(validateForm({ ...family, event: 'couple' }).ok).toBe(true);
    expect(validateForm({ ...EMPTY_FORM, kind: 'contact' })).toEqual({
      ok: false,
      errors: { email: M.contactEmpty },
    });
    expect(validateForm({ ...EMPTY_FORM, kind: 'contact', phone: '06 12 34 56 78' }).ok).toBe(true);
  });

  it('needs a kind of change first', () => {
    expect(validateForm(EMPTY_FORM)).toEqual({ ok: false, errors: { kind: 'client.kind' } });
  });
});
