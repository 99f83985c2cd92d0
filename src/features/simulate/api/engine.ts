// The engine as the feature sees it. It is loaded on demand (dynamic import: its own chunk,
// precached for offline), so that the home page stays light; nothing leaves the device.
import type {
  BenefitDefinition,
  BenefitId,
  BenefitResult,
  Household,
  MonthPeriod,
} from '../../../engine/contract.ts';

export type Organisation = BenefitDefinition['paidBy'][number];

export interface BenefitInfo {
  readonly id: BenefitId;
  readonly label: string;
  readonly periodicity: 'month' | 'year';
  readonly paidBy: readonly Organisation[];
}

export interface EngineApi {
  /** The benefits shown to people, in display order. */
  readonly benefits: readonly BenefitInfo[];
  compute(
    household: Household,
    period: MonthPeriod,
    ids: readonly BenefitId[],
  ): readonly BenefitResult[];
}

/** What src/engine/index.ts provides to the feature. */
interface EngineModule {
  readonly BENEFITS: readonly BenefitDefinition[];
  simulate(
    household: Household,
    period: MonthPeriod,
    ids?: readonly BenefitId[],
  ): readonly BenefitResult[];
}

// A glob keeps the import lazy (own chunk) and tolerates the engine being built alongside.
const chunks = import.meta.glob<EngineModule>('../../../engine/index.ts');

function adapt(m: EngineModule): EngineApi {
  return {
    benefits: m.BENEFITS.map(({ id, label, periodicity, paidBy }) => ({
      id,
      label,
      periodicity,
      paidBy,
    })),
    compute: (household, period, ids) => m.simulate(household, period, ids),
  };
}

let loading: Promise<EngineApi> | undefined;

export function loadEngine(): Promise<EngineApi> {
  const load = chunks['../../../engine/index.ts'];
  if (!load) return Promise.reject(new Error('engine chunk missing'));
  loading ??= load()
    .then(adapt)
    .catch((error: unknown) => {
      loading = undefined; // A failed chunk load (offline before precache) can be retried.
      throw error;
    });
  return loading;
}
