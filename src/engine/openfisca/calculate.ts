// OpenFisca Web API /calculate, in-process: variables given as null are computed and written
// back into a copy of the same structure.
import type { BenefitDefinition } from '../contract.ts';
import { parsePeriod } from '../period.ts';
import { createContext } from '../simulation.ts';
import { parseSituation, SituationError, type Request } from './parse.ts';
import { PLURAL } from './variables.ts';

export function computableVariables(definitions: readonly BenefitDefinition[]): Set<string> {
  const set = new Set<string>();
  for (const d of definitions) {
    set.add(`famille:${d.id}`);
    if (d.entity !== 'famille') set.add(`${d.entity}:${d.id}`);
  }
  return set;
}

function valueFor(
  ctx: ReturnType<typeof createContext>,
  def: BenefitDefinition,
  r: Request,
): number | boolean {
  const period = parsePeriod(r.period);
  if (def.periodicity === 'month' && period.unit !== 'month') {
    throw new SituationError(
      `${PLURAL[r.entity]}.${r.id}.${r.variable} : période mensuelle attendue, reçu « ${r.period} »`,
    );
  }
  if (def.periodicity === 'year' && period.unit !== 'year') {
    throw new SituationError(
      `${PLURAL[r.entity]}.${r.id}.${r.variable} : période annuelle attendue, reçu « ${r.period} »`,
    );
  }
  const result = ctx.benefit(def.id, period);
  if (def.valueType === 'boolean') return result.status === 'eligible';
  if (r.entity === 'individu') return result.byIndividu?.[r.id] ?? 0;
  return result.amount;
}

export function calculate(body: unknown, definitions: readonly BenefitDefinition[]): unknown {
  const { household, requests } = parseSituation(body, computableVariables(definitions));
  const ctx = createContext(household, definitions);
  const byId = new Map<string, BenefitDefinition>(definitions.map((d) => [d.id, d]));
  const out = JSON.parse(JSON.stringify(body)) as Record<
    string,
    Record<string, Record<string, Record<string, unknown>>>
  >;
  for (const r of requests) {
    const def = byId.get(r.variable);
    if (!def) throw new SituationError(`${r.variable} : variable non calculée par le moteur`);
    const entityKey = PLURAL[r.entity];
    const slot = out[entityKey]?.[r.id]?.[r.variable];
    if (slot) slot[r.period] = valueFor(ctx, def, r);
  }
  return out;
}
