// The simulator's prefill profile from the connected situation: what the organisations know,
// as the questionnaire asks it (euros per month, the mean of the three months before the
// current one). What no organisation knows is left out, so the simulator still asks it.
import type {
  Profile,
  ProfileAdult,
  ProfileResponse,
} from '../../../src/shared/contracts/profile.ts';
import { OCCUPATION, activityIn } from './household.ts';
import { totalIn, type IncomeKind } from './incomes.ts';
import { lastMonths, type ConnectedSituation } from './situation.ts';

function meanOfLastThree(s: ConnectedSituation, kinds: readonly IncomeKind[]): number | undefined {
  if (!s.incomes.some((x) => kinds.includes(x.kind))) return undefined;
  const months = lastMonths(s.month, 3);
  const cents = months.reduce((sum, m) => sum + totalIn(s.incomes, m, kinds), 0) / months.length;
  return Math.round(cents) / 100;
}

function adult(s: ConnectedSituation): ProfileAdult {
  const entries = {
    birthDate: s.birthdate,
    activity: activityIn(s, s.month),
    netSalary: meanOfLastThree(s, ['salaire', 'independant']),
    unemploymentBenefit: meanOfLastThree(s, ['chomage']),
    pension: meanOfLastThree(s, ['retraite']),
    disabled: s.disabled ? true : undefined,
  };
  return Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== undefined));
}

export function profileOf(s: ConnectedSituation): ProfileResponse {
  const h = s.housing;
  const profile: Profile = {
    // The partner's own figures are not reported to the person's account: the simulator asks.
    adults: s.couple
      ? [adult(s), s.partnerBirthdate ? { birthDate: s.partnerBirthdate } : {}]
      : [adult(s)],
    ...(s.children ? { children: s.children.map((c) => ({ birthDate: c.birthdate })) } : {}),
    ...(h
      ? {
          housing: {
            status: OCCUPATION[h.status],
            ...(h.rentCents !== undefined ? { rent: h.rentCents / 100 } : {}),
            ...(h.zoneApl ? { zone: h.zoneApl } : {}),
          },
        }
      : {}),
  };
  return { profile, month: s.month, sources: [...s.sources] };
}
