// Every benefit, for every reference household, for every month from January 2024 to December
// 2026: the law of that month resolves (no dated table starts too late for the months a benefit
// looks back on), the result is well formed, and every amount carries a trace with references.
// Both reference sets are used (histories ending in January and in July 2026); their yearly
// 2022–2024 incomes make the early-2024 look-backs meet real resources, not only empty months.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BENEFITS, month, parseSituation, simulate } from '../index.ts';
import type { Household, TraceStep } from '../contract.ts';
import { logement } from '../benefits/aide_logement/__fixtures__/logement.ts';
import { household, type PersonSpec } from '../household/__fixtures__/builders.ts';
import { withStates } from '../household/__fixtures__/states.ts';

const reference: { id: string; household: Household }[] = readFileSync(
  new URL('../__fixtures__/openfisca-dev-cases.jsonl', import.meta.url),
  'utf8',
)
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as { id: string; period: string; situation: unknown })
  .map((c) => ({
    id: `${c.id} (${c.period})`,
    household: parseSituation(c.situation, new Set()).household,
  }));

const salary = (net: number): Readonly<Record<string, number>> => ({
  salaire_de_base: net * 1.28,
  salaire_imposable: net * 1.04,
  salaire_net: net,
});
const home = (h: Household, inputs: Household['menage']['inputs']): Household => ({
  ...h,
  menage: { ...h.menage, inputs },
});
const SEVEN_CHILDREN: PersonSpec[] = [2006, 2008, 2010, 2013, 2016, 2019, 2022].map((y, i) => ({
  id: `e${i + 1}`,
  born: `${y}-0${1 + i}-15`,
}));

/** Branches the reference households do not reach: beyond six dependants in every zone and
 * dwelling, a working student, an unemployed tenant, disabled adults (alone, in a couple before
 * the AAH individualisation of October 2023), a birth late in 2023, a low pension. */
const synthetic: { id: string; household: Household }[] = [
  ...(['zone_1', 'zone_2', 'zone_3'] as const).flatMap((zone) =>
    ['locataire_hlm', 'locataire_vide', 'locataire_meuble'].map((statut) => ({
      id: `sept enfants ${zone} ${statut}`,
      household: home(
        household(
          [
            { id: 'p1', born: '1982-04-04', monthly: salary(1300) },
            { id: 'p2', born: '1984-08-08' },
          ],
          SEVEN_CHILDREN,
        ),
        logement(statut, zone, 900),
      ),
    })),
  ),
  {
    id: 'étudiante salariée',
    household: home(
      withStates(household([{ id: 'p1', born: '2003-10-01', monthly: salary(1150) }]), 'p1', {
        activite: 'etudiant',
      }),
      logement('locataire_meuble', 'zone_2', 520),
    ),
  },
  {
    id: 'chômeur locataire',
    household: home(
      withStates(
        household([
          { id: 'p1', born: '1975-02-02', monthly: { chomage_imposable: 700, chomage_net: 680 } },
        ]),
        'p1',
        { activite: 'chomeur' },
      ),
      logement('locataire_vide', 'zone_3', 430),
    ),
  },
  {
    id: 'adulte handicapé',
    household: home(
      withStates(household([{ id: 'p1', born: '1980-12-12', monthly: salary(300) }]), 'p1', {
        taux_incapacite: 0.85,
        handicap: true,
      }),
      logement('locataire_hlm', 'zone_1', 480),
    ),
  },
  {
    id: 'couple dont un adulte handicapé sans emploi',
    household: home(
      withStates(
        household([
          { id: 'p1', born: '1980-01-01' },
          { id: 'p2', born: '1981-01-01', monthly: salary(1500) },
        ]),
        'p1',
        { taux_incapacite: 0.85, handicap: true },
      ),
      logement('locataire_vide', 'zone_1', 700),
    ),
  },
  {
    id: 'naissance en novembre 2023',
    household: home(
      household(
        [
          { id: 'p1', born: '1990-01-01', monthly: { chomage_imposable: 400, chomage_net: 390 } },
          { id: 'p2', born: '1991-01-01', monthly: salary(800) },
        ],
        [
          { id: 'e1', born: '2020-02-02' },
          { id: 'e2', born: '2023-11-20' },
        ],
      ),
      logement('locataire_hlm', 'zone_2', 700),
    ),
  },
  {
    id: 'retraitée',
    household: home(
      household([
        {
          id: 'p1',
          born: '1950-06-06',
          monthly: { retraite_brute: 500, retraite_imposable: 480, retraite_nette: 460 },
        },
      ]),
      logement('locataire_hlm', 'zone_2', 420),
    ),
  },
];

// A sweep of thousands of simulations: on a machine shared by other jobs it can outlast vitest's
// default 5 s, which measures nothing here (speed is measured by `npm run bench`).
const SWEEP = { timeout: 120_000 };

const hasRef = (steps: readonly TraceStep[]): boolean =>
  steps.some((s) => s.ref !== undefined || hasRef(s.steps ?? []));

function failuresOver36Months(households: readonly { id: string; household: Household }[]) {
  const failures: string[] = [];
  let amounts = 0;
  for (const { id, household: h } of households) {
    for (let i = 0; i < 36; i++) {
      const m = month(2024 + Math.floor(i / 12), 1 + (i % 12));
      try {
        for (const r of simulate(h, m)) {
          if (!Number.isFinite(r.amount) || r.amount < 0)
            failures.push(`${id} ${r.id} ${m.year}-${m.month}: montant ${r.amount}`);
          if (r.amount > 0) {
            amounts++;
            if (!hasRef(r.trace)) failures.push(`${id} ${r.id}: trace sans référence`);
          }
        }
      } catch (e) {
        failures.push(`${id} ${m.year}-${m.month}: ${(e as Error).message}`);
      }
    }
  }
  return { failures, amounts };
}

describe('the law in force, month by month, 2024-01 to 2026-12', () => {
  it(
    `computes all ${BENEFITS.length} benefits for ${reference.length} reference households every month`,
    SWEEP,
    () => {
      const { failures, amounts } = failuresOver36Months(reference);
      expect(failures.slice(0, 10)).toEqual([]);
      expect(amounts).toBeGreaterThan(2000);
    },
  );

  it(`computes them for ${synthetic.length} households built for the rarer branches`, SWEEP, () => {
    const { failures, amounts } = failuresOver36Months(synthetic);
    expect(failures.slice(0, 10)).toEqual([]);
    expect(amounts).toBeGreaterThan(500);
  });
});
