// Every connector against the sandbox, for every fictitious person: the answers parse, and
// the organisations agree about the same household.
import { describe, expect, it } from 'vitest';
import { organisationRecord } from '../../../src/shared/contracts/rights.ts';
import { demoPeople, findPersonById } from '../demo/people.ts';
import { parseConnectorConfig } from './config.ts';
import { connectors } from './registry.ts';
import { buildTransports } from './transports.ts';
import { NoFileError, type Connector, type OrganisationRecord } from './types.ts';

const config = parseConnectorConfig({});
if (!config.ok) throw new Error('default connector configuration must parse');
const transports = buildTransports(config.value);
const signal = new AbortController().signal;

async function records(personId: string): Promise<Map<string, OrganisationRecord>> {
  const p = findPersonById(personId);
  if (!p) throw new Error(personId);
  const out = new Map<string, OrganisationRecord>();
  for (const c of connectors) {
    try {
      out.set(c.id, await c.fetch(p.claims, transports[c.id], signal));
    } catch (error) {
      if (!(error instanceof NoFileError)) throw error;
    }
  }
  return out;
}

const byId = (id: string): Connector => {
  const c = connectors.find((x) => x.id === id);
  if (!c) throw new Error(id);
  return c;
};

describe('sandbox connectors', () => {
  it.each(demoPeople.map((p) => p.id))('%s: every answer is a valid record', async (id) => {
    const r = await records(id);
    expect(r.size).toBeGreaterThanOrEqual(2);
    for (const record of r.values())
      expect(organisationRecord.safeParse(record).success).toBe(true);
  });

  it('a farming family: MSA pays the family benefits, CAF has no file, CPAM covers the salaried job', async () => {
    const r = await records('julien-fictif');
    expect(r.has('caf')).toBe(false);
    const msa = r.get('msa');
    expect(msa?.rights.map((x) => x.id)).toEqual(['af', 'cf', 'ars']);
    expect(msa?.quotientFamilial).toEqual({ provider: 'MSA', value: 928, month: '2026-11' });
    expect(msa?.regimes).toEqual([{ kind: 'msa-exploitant', caisse: 'MSA Auvergne' }]);
    expect(r.get('cpam')?.regimes).toEqual([{ kind: 'general', caisse: 'CPAM du Cantal' }]);
    // The same household seen by the MSA and by the tax office.
    expect(msa?.household?.children).toEqual(r.get('impots')?.household?.children);
    expect(msa?.household?.children).toHaveLength(3);
    // Employers' declarations arrive through URSSAF, in montant net social.
    expect(r.get('urssaf')?.activity[0]?.employer).toBe('Transports Démo du Cantal');
  });

  it('amounts in cents survive the euros of the wire exactly', async () => {
    const r = await records('julien-fictif');
    const af = r.get('msa')?.rights.find((x) => x.id === 'af');
    expect(af?.lastPayment).toEqual({ month: '2026-10', paidOn: '2026-11-05', amountCents: 34731 });
    expect(af?.nextPayment).toEqual({ month: '2026-11', paidOn: '2026-12-05', amountCents: 34731 });
  });

  it('a job seeker: France Travail status and allowances come from API Particulier', async () => {
    const r = await records('lucas-essai');
    const ft = r.get('france-travail');
    expect(ft?.fileNumber).toBe('9900002T');
    expect(ft?.flags).toEqual(['demandeur-emploi']);
    const are = ft?.rights.find((x) => x.id === 'are');
    expect(are?.payments[0]).toEqual({
      month: '2026-03',
      paidOn: '2026-04-03',
      amountCents: 68640,
    });
    expect(ft?.resources.filter((x) => x.kind === 'chomage')).toHaveLength(
      are?.payments.length ?? -1,
    );
  });

  it('C2S with participation is reported by the Assurance Maladie', async () => {
    const r = await records('sophie-maquette');
    expect(r.get('cpam')?.flags).toEqual(expect.arrayContaining(['c2s', 'c2s-participation']));
    expect(r.get('caf')?.flags).toContain('aah');
  });

  it('after a move, each organisation shows the address it holds', async () => {
    const r = await records('emilie-brouillon');
    expect(r.get('caf')?.address?.commune).toBe('Brest');
    expect(r.get('impots')?.address?.commune).toBe('Rennes');
  });

  it('a pensioner gets both pensions and the retired flag', async () => {
    const r = await records('jeannine-temoin');
    expect(r.get('cnav')?.retirementQuarters).toBe(166);
    expect(r.get('cnav')?.flags).toEqual(['retraite']);
    expect(r.get('agirc-arrco')?.rights.map((x) => x.id)).toEqual([
      'retraite_complementaire',
      'pension_reversion_complementaire',
    ]);
  });

  it('an unknown person has no file anywhere', async () => {
    const stranger = {
      sub: 'x',
      given_name: 'Personne',
      family_name: 'Inconnue',
      birthdate: '1970-01-01',
      gender: 'male',
      birthplace: '75056',
      birthcountry: '99100',
    };
    await expect(byId('caf').fetch(stranger, transports.caf, signal)).rejects.toBeInstanceOf(
      NoFileError,
    );
  });
});

describe('connector configuration', () => {
  it('parses injected faults', () => {
    const c = parseConnectorConfig({ CONNECTOR_FAULTS: 'caf:timeout, cpam:error,msa:slow=250' });
    expect(c.ok && c.value.faults).toEqual({
      caf: { kind: 'timeout' },
      cpam: { kind: 'error' },
      msa: { kind: 'slow', delayMs: 250 },
    });
  });

  it('explains a wrong fault or URL in French', () => {
    const bad = parseConnectorConfig({ CONNECTOR_FAULTS: 'cafe:timeout' });
    expect(!bad.ok && bad.issues[0]?.message).toMatch(/organisme:timeout\|error\|slow/);
    const url = parseConnectorConfig({ CONNECTOR_CAF_URL: 'not a url' });
    expect(!url.ok && url.issues[0]).toEqual({
      path: 'CONNECTOR_CAF_URL',
      message: 'adresse http(s):// attendue',
    });
  });
});
