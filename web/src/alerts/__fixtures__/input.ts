import type {
  ConnectedOrganisation,
  OrganisationBlock,
  Right,
  RightsResponse,
} from '../../../../src/shared/contracts/rights.ts';
import type { SourceInput } from '../sources/types.ts';

/** A right as an organisation reports it, running since January 2026 unless told. */
export function aRight(id: string, o: Partial<Right> = {}): Right {
  return {
    id,
    label: id.toUpperCase(),
    kind: 'prestation',
    status: 'en-cours',
    since: '2026-01-01',
    payments: [],
    ...o,
  };
}

/** The dashboard's answer with these rights, each organisation answering. */
export function rightsWith(
  byOrg: Partial<Record<ConnectedOrganisation, readonly Right[]>>,
): RightsResponse {
  const organisations: OrganisationBlock[] = Object.entries(byOrg).map(([id, rights]) => ({
    id: id as ConnectedOrganisation,
    status: 'ok',
    fetchedAt: 0,
    record: {
      organisation: id as ConnectedOrganisation,
      regimes: [],
      flags: [],
      rights: [...rights],
      resources: [],
      activity: [],
    },
  }));
  return {
    person: { givenName: 'Test', familyName: 'Personne', birthdate: '1980-01-01' },
    generatedAt: 0,
    organisations,
    resources: [],
  };
}

export function input(today: string, o: Partial<SourceInput> = {}): SourceInput {
  return {
    personSub: 'sub-test',
    today,
    rights: rightsWith({}),
    procedures: [],
    mandates: [],
    previous: undefined,
    informationOptIn: false,
    ...o,
  };
}
