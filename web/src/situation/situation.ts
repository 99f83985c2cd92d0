// What the organisations' answers say about the person's household, merged once: who lives
// there, the housing, the incomes, the rights already paid. Both the simulator's prefill
// profile and the "possible unclaimed rights" start from it, so they never disagree.
import type {
  ConnectedOrganisation,
  OrganisationRecord,
  RightsResponse,
} from '../../../src/shared/contracts/rights.ts';
import { INCOME_KINDS, PER_NET, incomeSources, totalIn, type IncomeSource } from './incomes.ts';

type Housing = NonNullable<OrganisationRecord['housing']>;

export interface ConnectedSituation {
  /** The current month, `YYYY-MM`: the one simulated. */
  readonly month: string;
  readonly birthdate: string;
  readonly couple: boolean;
  readonly partnerBirthdate?: string;
  /** Dependent children; undefined when no organisation holding the household answered. */
  readonly children?: readonly { readonly birthdate: string }[];
  readonly housing?: Housing;
  readonly incomes: readonly IncomeSource[];
  /**
   * The partner's taxable income of a year, in cents, estimated from the joint tax notice: no
   * organisation reports the partner's pay to the person's own account.
   */
  readonly partnerTaxable?: { readonly year: number; readonly cents: number };
  readonly jobSeeker: boolean;
  readonly retired: boolean;
  /** AAH is paid: the CDAPH recognised the disability. */
  readonly disabled: boolean;
  /** Rights running now (ids: af, aide_logement, css…) and status flags (rsa, c2s…). */
  readonly received: ReadonlySet<string>;
  /** Payments by right id, months `YYYY-MM` (yearly benefits are received once a year). */
  readonly paidMonths: ReadonlyMap<string, readonly string[]>;
  /** Organisations whose answer (fresh or cached) was used. */
  readonly sources: readonly ConnectedOrganisation[];
  /** Organisations that answered nothing usable: what they know is missing here. */
  readonly unavailable: readonly ConnectedOrganisation[];
}

const COUPLES = new Set(['married', 'pacs', 'cohabiting']);
/** Family-benefit organisations first: their household is the one benefits are paid for. */
const HOUSEHOLD_ORDER: readonly ConnectedOrganisation[] = ['caf', 'msa', 'impots'];

export function monthOf(now: number): string {
  const d = new Date(now);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The n months before `month` (YYYY-MM), oldest first. */
export function lastMonths(month: string, n: number): string[] {
  const [y = 0, m = 1] = month.split('-').map(Number);
  return Array.from({ length: n }, (_, i) => {
    const index = y * 12 + m - 1 - n + i;
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}

/** The 10 % allowance for professional expenses (or on pensions) inside the RFR. */
const RFR_ALLOWANCE = 0.9;

/** The person's own share of a revenu fiscal de référence, in cents. */
function ownTaxable(incomes: readonly IncomeSource[], year: number): number {
  let total = 0;
  for (let m = 1; m <= 12; m++) {
    const month = `${year}-${String(m).padStart(2, '0')}`;
    for (const kind of INCOME_KINDS) {
      const allowance = kind === 'independant' ? 1 : RFR_ALLOWANCE;
      total += totalIn(incomes, month, [kind]) * PER_NET[kind].taxable * allowance;
    }
  }
  return total;
}

export function connectedSituation(rights: RightsResponse, now: number): ConnectedSituation {
  const blocks = rights.organisations;
  const records = blocks.flatMap((b) => (b.record ? [b.record] : []));
  const byOrg = new Map(records.map((r) => [r.organisation, r]));
  const householdRecord = HOUSEHOLD_ORDER.map((o) => byOrg.get(o)?.household).find(Boolean);
  const couple =
    householdRecord !== undefined &&
    (householdRecord.partner !== undefined || COUPLES.has(householdRecord.couple ?? ''));
  const children = householdRecord?.children
    .filter((c) => c.dependent !== false)
    .map((c) => ({ birthdate: c.birthdate }));
  const housing = (['caf', 'msa'] as const).map((o) => byOrg.get(o)?.housing).find(Boolean);
  const incomes = incomeSources(records);
  const running = records.flatMap((r) => r.rights.filter((x) => x.status === 'en-cours'));
  const flags = records.flatMap((r) => r.flags);
  const received = new Set<string>([...running.map((x) => x.id), ...flags]);
  const paidMonths = new Map<string, string[]>();
  for (const r of records)
    for (const x of r.rights)
      paidMonths.set(x.id, [...(paidMonths.get(x.id) ?? []), ...x.payments.map((p) => p.month)]);

  const notice = [...(byOrg.get('impots')?.tax ?? [])].sort((a, b) => b.incomeYear - a.incomeYear);
  const latest = notice[0];
  const partnerTaxable =
    couple && latest
      ? {
          year: latest.incomeYear,
          cents: Math.max(
            0,
            Math.round(
              (latest.revenuFiscalDeReferenceCents - ownTaxable(incomes, latest.incomeYear)) /
                RFR_ALLOWANCE,
            ),
          ),
        }
      : undefined;
  return {
    month: monthOf(now),
    birthdate: rights.person.birthdate,
    couple,
    ...(couple && householdRecord.partner?.birthdate
      ? { partnerBirthdate: householdRecord.partner.birthdate }
      : {}),
    ...(children ? { children } : {}),
    ...(housing ? { housing } : {}),
    incomes,
    ...(partnerTaxable ? { partnerTaxable } : {}),
    jobSeeker: flags.includes('demandeur-emploi'),
    retired: flags.includes('retraite'),
    disabled: received.has('aah'),
    received,
    paidMonths,
    sources: blocks.filter((b) => b.record).map((b) => b.id),
    unavailable: blocks.filter((b) => b.status === 'unavailable').map((b) => b.id),
  };
}
