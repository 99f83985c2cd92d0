// What a procedure's form can start from: the identity FranceConnect gave at login, and what
// the organisations answered (address, file numbers, household, housing, resources). Each value
// names its source, so that the form marks it "pré-rempli" and the person can check it.
import {
  fieldsOf,
  type PrefillKey,
  type PrefillResponse,
  type ProcedureDef,
} from '../../../src/shared/contracts/procedures.ts';
import type { OrganisationRecord, RightsResponse } from '../../../src/shared/contracts/rights.ts';
import type { SessionUser } from '../auth/identity.ts';

type Known = Partial<Record<PrefillKey, { value: string; source: string }>>;

const euros = (cents: number) => (cents / 100).toFixed(2).replace('.', ',').replace(/,00$/, '');
const HOUSING: Readonly<Record<string, string>> = {
  tenant: 'tenant',
  'social-tenant': 'social-tenant',
  'student-residence': 'student-residence',
  'hosted-free': 'hosted',
};
const NIR = /^[12]\d{4}(?:\d{2}|2A|2B)\d{8}$/;

function fromRecord(known: Known, r: OrganisationRecord) {
  const set = (k: PrefillKey, value: string | undefined) => {
    if (value !== undefined && value !== '' && !known[k])
      known[k] = { value, source: r.organisation };
  };
  set('addressLine', r.address?.line);
  set('postalCode', r.address?.postalCode);
  set('commune', r.address?.commune);
  if (r.organisation === 'caf' && /^\d{7}$/.test(r.fileNumber ?? ''))
    set('cafNumber', r.fileNumber);
  if (r.organisation === 'cpam' && NIR.test(r.fileNumber ?? '')) set('nir', r.fileNumber);
  if (r.household) {
    const couple = !!r.household.couple && r.household.couple !== 'single';
    const children = r.household.children.filter((c) => c.dependent !== false).length;
    set('couple', couple ? 'yes' : 'no');
    set('children', String(children));
    set('householdSize', String(1 + (couple ? 1 : 0) + children));
  }
  if (r.housing) {
    set('housingStatus', HOUSING[r.housing.status]);
    if (r.housing.rentCents !== undefined) set('rent', euros(r.housing.rentCents));
    if (r.housing.chargesCents !== undefined) set('charges', euros(r.housing.chargesCents));
  }
}

export function knownFacts(user: SessionUser, rights: RightsResponse): Known {
  const fc = 'franceconnect';
  const known: Known = {
    givenName: { value: user.given_name, source: fc },
    familyName: { value: user.family_name, source: fc },
    birthDate: { value: user.birthdate, source: fc },
    ...(user.email ? { email: { value: user.email, source: fc } } : {}),
  };
  for (const b of rights.organisations) if (b.record) fromRecord(known, b.record);
  // The mean of the last three months, the window most means-tested benefits look at.
  const last = rights.resources.slice(-3);
  if (last.length > 0) {
    const mean = Math.round(last.reduce((s, m) => s + m.totalCents, 0) / last.length);
    known.monthlyResources = { value: euros(mean), source: 'droits360' };
  }
  return known;
}

export function prefillFor(p: ProcedureDef, known: Known): PrefillResponse {
  const values: Record<string, string> = {};
  const sources: Record<string, string> = {};
  for (const f of fieldsOf(p)) {
    const k = f.prefill && known[f.prefill];
    if (!k) continue;
    values[f.id] = k.value;
    sources[f.id] = k.source;
  }
  return { procedure: p.id, values, sources };
}
