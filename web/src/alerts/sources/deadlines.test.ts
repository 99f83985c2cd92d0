import { describe, expect, it } from 'vitest';
import { aRight, input, rightsWith } from '../__fixtures__/input.ts';
import {
  aahRenewal,
  c2sRenewal,
  documentsRequested,
  mandateEnd,
  quarterlyDeclaration,
  unemploymentEnd,
} from './deadlines.ts';
import type { ProcedureFact } from './types.ts';

// RSA since September 2026: declarations in December, March, June, September.
const rsa = rightsWith({ caf: [aRight('rsa', { since: '2026-09-01', label: 'RSA' })] });
const dtr = (today: string) => quarterlyDeclaration(input(today, { rights: rsa }));

describe('quarterly declaration (RSA / prime d’activité)', () => {
  it('covers the three months before the declaration month and is due on the 15th', () => {
    const [a] = dtr('2026-12-03');
    expect(a).toMatchObject({
      category: 'deadline',
      fact: '2026-12',
      dueDate: '2026-12-15',
      validUntil: '2026-12-15',
      title: 'Déclaration trimestrielle de ressources : septembre à novembre 2026',
    });
    expect(a?.body).toContain('avant le 15 décembre 2026');
    expect(a?.action.href).toMatch(/^https:\/\/wwwd\.caf\.fr\//);
  });

  it('the day before, on the day, the day after the due date', () => {
    expect(dtr('2026-12-14')[0]?.fact).toBe('2026-12');
    expect(dtr('2026-12-15')[0]?.fact).toBe('2026-12');
    // The day after: the next quarter's declaration, covering December to February.
    const [next] = dtr('2026-12-16');
    expect(next).toMatchObject({ fact: '2027-03', dueDate: '2027-03-15' });
    expect(next?.title).toBe(
      'Déclaration trimestrielle de ressources : décembre 2026 à février 2027',
    );
  });

  it('moves to the next working day when the 15th is a weekend or a holiday', () => {
    // PPA since February 2027: declaration in May 2027; 15 May is a Saturday, 17 May is Whit Monday.
    const ppa = rightsWith({ caf: [aRight('ppa', { since: '2027-02-01' })] });
    const [a] = quarterlyDeclaration(input('2027-05-16', { rights: ppa }));
    expect(a?.dueDate).toBe('2027-05-18');
    expect(a?.body).toContain('prime d’activité');
    expect(quarterlyDeclaration(input('2027-05-18', { rights: ppa }))[0]?.fact).toBe('2027-05');
    expect(quarterlyDeclaration(input('2027-05-19', { rights: ppa }))[0]?.fact).toBe('2027-08');
  });

  it('is one declaration for RSA and prime d’activité together, none without them', () => {
    const both = rightsWith({ caf: [aRight('rsa', { since: '2026-09-01' }), aRight('ppa')] });
    expect(quarterlyDeclaration(input('2026-12-01', { rights: both }))).toHaveLength(1);
    const ended = rightsWith({ caf: [aRight('rsa', { status: 'termine' })] });
    expect(quarterlyDeclaration(input('2026-12-01', { rights: ended }))).toEqual([]);
  });
});

describe('C2S renewal', () => {
  const c2s = rightsWith({ cpam: [aRight('css', { until: '2027-01-31' })] });
  const at = (today: string) => c2sRenewal(input(today, { rights: c2s }));
  it('opens two months before the end, the day before nothing', () => {
    expect(at('2026-11-29')).toEqual([]);
    expect(at('2026-11-30')[0]).toMatchObject({ dueDate: '2026-12-31', validUntil: '2027-01-31' });
    expect(at('2026-12-01')).toHaveLength(1);
    expect(at('2026-11-30')[0]?.action.href).toBe('/demarches/formulaires/complementaire-sante');
  });
  it('a request due on a holiday moves to the next working day', () => {
    const c = rightsWith({ cpam: [aRight('css', { until: '2027-06-14' })] });
    // A month before is 14 May 2027, a Friday: due that day. Until 2026-06-14 → 14 May 2026, Ascension.
    expect(c2sRenewal(input('2027-05-01', { rights: c }))[0]?.dueDate).toBe('2027-05-14');
    const h = rightsWith({ cpam: [aRight('css', { until: '2026-06-14' })] });
    expect(c2sRenewal(input('2026-05-01', { rights: h }))[0]?.dueDate).toBe('2026-05-15');
  });
});

describe('AAH renewal', () => {
  const aah = rightsWith({ caf: [aRight('aah', { until: '2027-09-30' })] });
  const at = (today: string) => aahRenewal(input(today, { rights: aah }));
  it('opens eight months before the end, due six months before', () => {
    expect(at('2027-01-29')).toEqual([]);
    expect(at('2027-01-30')[0]).toMatchObject({ dueDate: '2027-03-30', validUntil: '2027-09-30' });
    expect(at('2027-01-31')).toHaveLength(1);
  });
});

describe('end of unemployment benefit', () => {
  const are = rightsWith({
    'france-travail': [aRight('are', { kind: 'chomage', until: '2027-03-10', label: 'ARE' })],
  });
  const at = (today: string) => unemploymentEnd(input(today, { rights: are }));
  it('is told from two months before to the last day, and never after', () => {
    expect(at('2027-01-09')).toEqual([]);
    expect(at('2027-01-10')[0]).toMatchObject({ dueDate: '2027-03-10', validUntil: '2027-03-10' });
    expect(at('2027-03-10')).toHaveLength(1);
  });
});

describe('documents awaited in a procedure', () => {
  const p: ProcedureFact = {
    id: 'p1',
    procedure: 'aide-logement',
    organisation: 'caf',
    status: 'acknowledged',
    createdAt: Date.parse('2026-11-14T10:00:00Z'),
    documents: 0,
  };
  it('is due 30 days after the sending, moved past a weekend', () => {
    // 14 November + 30 days = 14 December 2026, a Monday.
    expect(documentsRequested(p, '2026-12-13')[0]?.dueDate).toBe('2026-12-14');
    expect(documentsRequested(p, '2026-12-14')).toHaveLength(1);
    expect(documentsRequested(p, '2026-12-15')).toEqual([]);
    const sat = { ...p, createdAt: Date.parse('2026-11-12T10:00:00Z') }; // +30 = Saturday 12 Dec
    expect(documentsRequested(sat, '2026-12-01')[0]?.dueDate).toBe('2026-12-14');
  });
  it('is not raised when documents came with it or it is not recorded yet', () => {
    expect(documentsRequested({ ...p, documents: 2 }, '2026-12-01')).toEqual([]);
    expect(documentsRequested({ ...p, status: 'sent' }, '2026-12-01')).toEqual([]);
  });
});

describe('end of a mandate', () => {
  const m = { id: 'm1', structure: 'France Services Démo', status: 'actif', endsOn: '2027-01-31' };
  it('is told 30 days before the end, up to the last day', () => {
    expect(mandateEnd(m, '2026-12-31')).toEqual([]);
    expect(mandateEnd(m, '2027-01-01')[0]).toMatchObject({ dueDate: '2027-01-31' });
    expect(mandateEnd(m, '2027-01-31')).toHaveLength(1);
    expect(mandateEnd({ ...m, status: 'revoque' }, '2027-01-10')).toEqual([]);
  });
});
