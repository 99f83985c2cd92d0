// Revaluations and possible unclaimed rights, both through the engine on the situation built
// from the connected data (as GET /api/me/possible-rights does). On 1 April (most benefits) and
// 1 October (housing aids) the law changes: the engine is run with last month's law and this
// month's on the same situation, and a changed estimate gives one alert with both amounts.
import { BENEFITS, simulate, type BenefitId } from '../../../../src/engine/index.ts';
import { householdOf, periodOf } from '../../situation/household.ts';
import { granted, paid, possibleRights, simulateUrl } from '../../situation/possible-rights.ts';
import { connectedSituation, type ConnectedSituation } from '../../situation/situation.ts';
import { addDays, addMonths, frenchMonth } from '../calendar.ts';
import { euros } from './format.ts';
import type { AlertDraft, Source, SourceInput } from './types.ts';

const HOUSING: ReadonlySet<BenefitId> = new Set(['aide_logement']);

/** Which benefits a month's revaluation concerns; undefined when the month has none. */
export function revaluedIn(month: string): ((id: BenefitId) => boolean) | undefined {
  if (month.endsWith('-04')) return (id) => !HOUSING.has(id);
  if (month.endsWith('-10')) return (id) => HOUSING.has(id);
  return undefined;
}

function situationOn(input: SourceInput): ConnectedSituation | undefined {
  const s = connectedSituation(input.rights, Date.parse(`${input.today}T12:00:00Z`));
  return s.unavailable.length > 0 ? undefined : s;
}

const previousMonth = (month: string) => addMonths(`${month}-01`, -1).slice(0, 7);
const labelOf = (id: BenefitId) => BENEFITS.find((b) => b.id === id)?.label ?? id;

export const revaluationSource: Source = (input) => {
  const month = input.today.slice(0, 7);
  const concerned = revaluedIn(month);
  if (!concerned) return [];
  const s = situationOn(input);
  if (!s) return [];
  const before = { ...s, month: previousMonth(month) };
  const oldResults = new Map(simulate(householdOf(before), periodOf(before)).map((r) => [r.id, r]));
  const validUntil = addDays(addMonths(`${month}-01`, 2), -1);
  return simulate(householdOf(s), periodOf(s)).flatMap((r): AlertDraft[] => {
    const old = oldResults.get(r.id);
    if (!old || !concerned(r.id) || r.period.unit !== 'month') return [];
    if (!granted(r) || !granted(old) || !paid(s, r)) return [];
    const from = Math.round(old.amount * 100);
    const to = Math.round(r.amount * 100);
    if (from === to) return [];
    const label = labelOf(r.id);
    return [
      {
        source: 'revaluation',
        fact: `${month}:${r.id}`,
        category: 'revaluation',
        title: `Revalorisation : ${label}`,
        body: `Votre montant estimé passe de ${euros(from)} à ${euros(to)} par mois à partir de ${frenchMonth(month)}, avec la loi du mois sur votre situation connue. Le montant versé reste celui que l’organisme calcule.`,
        dueDate: null,
        validUntil,
        action: { label: 'Voir le détail du calcul', href: simulateUrl(r.id) },
      },
    ];
  });
};

/** What the engine grants and no organisation pays: alerted once per benefit, ever. */
export const unclaimedSource: Source = (input) => {
  const s = situationOn(input);
  if (!s) return [];
  const found = possibleRights(s);
  return found.rights.map((r) => ({
    source: 'unclaimed',
    fact: r.id,
    category: 'unclaimed',
    title: `Vous pourriez avoir droit à : ${r.label}`,
    body:
      r.kind === 'coverage'
        ? `D’après les informations des organismes, vous pourriez bénéficier de « ${r.label} ». Vérifiez-le avec le simulateur, prérempli, puis faites la demande.`
        : `D’après les informations des organismes, vous pourriez avoir droit à « ${r.label} » (environ ${euros(r.amountCents)} ${r.periodicity === 'year' ? 'par an' : 'par mois'}). Vérifiez-le avec le simulateur, prérempli, puis faites la demande.`,
    dueDate: null,
    validUntil: addMonths(input.today, 3),
    action: { label: 'Vérifier et demander', href: r.simulateUrl },
  }));
};
