// Reads an OpenFisca Web API /calculate body into a Household and the list of variables asked
// for (given as null). Hand-written checks (the engine has no dependency): every error names the
// entity, the variable or the period that is wrong.
import type { EntityKind, Household, Inputs, Series } from '../contract.ts';
import { parsePeriod, PeriodError } from '../period.ts';
import { INPUT_VARIABLES, PLURAL, ROLE_KEYS } from './variables.ts';

export class SituationError extends Error {
  override name = 'SituationError';
}

export interface Request {
  readonly entity: EntityKind;
  readonly id: string;
  readonly variable: string;
  readonly period: string;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function readInputs(
  entity: EntityKind,
  id: string,
  body: Json,
  requests: Request[],
  computable: ReadonlySet<string>,
): Inputs {
  const inputs: Record<string, Series> = {};
  const roles = entity === 'individu' ? [] : ROLE_KEYS[entity];
  for (const [variable, byPeriod] of Object.entries(body)) {
    if (roles.includes(variable)) continue;
    const where = `${PLURAL[entity]}.${id}.${variable}`;
    if (!isObject(byPeriod))
      throw new SituationError(`${where} : attendu un objet { période: valeur }`);
    const series: Record<string, number | string | boolean> = {};
    for (const [key, value] of Object.entries(byPeriod)) {
      if (key !== 'ETERNITY') {
        try {
          parsePeriod(key);
        } catch (e) {
          throw new SituationError(
            `${where} : ${e instanceof PeriodError ? e.message : String(e)}`,
          );
        }
      }
      if (value === null) {
        if (!computable.has(`${entity}:${variable}`)) {
          throw new SituationError(`${where} : variable inconnue ou non calculée par le moteur`);
        }
        requests.push({ entity, id, variable, period: key });
      } else if (
        typeof value === 'number' ||
        typeof value === 'string' ||
        typeof value === 'boolean'
      ) {
        if (!INPUT_VARIABLES[entity].includes(variable)) {
          throw new SituationError(`${where} : variable d'entrée inconnue`);
        }
        if (typeof value === 'number' && !Number.isFinite(value))
          throw new SituationError(`${where}.${key} : nombre invalide`);
        series[key] = value;
      } else {
        throw new SituationError(`${where}.${key} : valeur invalide`);
      }
    }
    if (Object.keys(series).length > 0) inputs[variable] = series;
  }
  return inputs;
}

function roleList(
  entity: Exclude<EntityKind, 'individu'>,
  id: string,
  body: Json,
  role: string,
  persons: ReadonlySet<string>,
): string[] {
  const v = body[role];
  if (v === undefined) return [];
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) {
    throw new SituationError(
      `${PLURAL[entity]}.${id}.${role} : attendu une liste d'identifiants de personnes`,
    );
  }
  for (const p of v) {
    if (!persons.has(p))
      throw new SituationError(`${PLURAL[entity]}.${id}.${role} : personne inconnue « ${p} »`);
  }
  return v;
}

function single(body: Json, entity: Exclude<EntityKind, 'individu'>): [string, Json] {
  const group = body[PLURAL[entity]];
  if (!isObject(group))
    throw new SituationError(`${PLURAL[entity]} : manquant (une entité attendue)`);
  const entries = Object.entries(group);
  if (entries.length !== 1) {
    throw new SituationError(
      `${PLURAL[entity]} : ${entries.length} entités ; le moteur calcule un foyer par situation (donnez une liste de situations)`,
    );
  }
  const [id, value] = entries[0] ?? ['', undefined];
  if (!isObject(value)) throw new SituationError(`${PLURAL[entity]}.${id} : attendu un objet`);
  return [id, value];
}

export function parseSituation(
  body: unknown,
  computable: ReadonlySet<string>,
): { household: Household; requests: Request[] } {
  if (!isObject(body)) throw new SituationError('la situation doit être un objet JSON');
  const known = new Set(['individus', 'familles', 'foyers_fiscaux', 'menages']);
  for (const key of Object.keys(body))
    if (!known.has(key)) throw new SituationError(`clé inconnue « ${key} » à la racine`);
  if (!isObject(body.individus) || Object.keys(body.individus).length === 0) {
    throw new SituationError('individus : au moins une personne attendue');
  }
  const requests: Request[] = [];
  const persons = new Set(Object.keys(body.individus));
  const individus: Household['individus'] = Object.fromEntries(
    Object.entries(body.individus).map(([id, value]) => {
      if (!isObject(value)) throw new SituationError(`individus.${id} : attendu un objet`);
      return [id, { id, inputs: readInputs('individu', id, value, requests, computable) }];
    }),
  );
  const [fid, f] = single(body, 'famille');
  const [ffid, ff] = single(body, 'foyer_fiscal');
  const [mid, m] = single(body, 'menage');
  const famille = {
    id: fid,
    parents: roleList('famille', fid, f, 'parents', persons),
    enfants: roleList('famille', fid, f, 'enfants', persons),
    inputs: readInputs('famille', fid, f, requests, computable),
  };
  const foyer_fiscal = {
    id: ffid,
    declarants: roleList('foyer_fiscal', ffid, ff, 'declarants', persons),
    personnes_a_charge: roleList('foyer_fiscal', ffid, ff, 'personnes_a_charge', persons),
    inputs: readInputs('foyer_fiscal', ffid, ff, requests, computable),
  };
  const menage = {
    id: mid,
    personne_de_reference: roleList('menage', mid, m, 'personne_de_reference', persons),
    conjoint: roleList('menage', mid, m, 'conjoint', persons),
    enfants: roleList('menage', mid, m, 'enfants', persons),
    autres: roleList('menage', mid, m, 'autres', persons),
    inputs: readInputs('menage', mid, m, requests, computable),
  };
  for (const [label, list] of [
    ['familles', [...famille.parents, ...famille.enfants]],
    ['foyers_fiscaux', [...foyer_fiscal.declarants, ...foyer_fiscal.personnes_a_charge]],
    [
      'menages',
      [...menage.personne_de_reference, ...menage.conjoint, ...menage.enfants, ...menage.autres],
    ],
  ] as const) {
    const seen = new Set<string>();
    for (const p of list) {
      if (seen.has(p))
        throw new SituationError(`${label} : « ${p} » a deux rôles dans la même entité`);
      seen.add(p);
    }
  }
  if (famille.parents.length === 0)
    throw new SituationError(`familles.${fid}.parents : au moins un parent attendu`);
  if (famille.parents.length > 2)
    throw new SituationError(`familles.${fid}.parents : deux parents au plus`);
  return { household: { individus, famille, foyer_fiscal, menage }, requests };
}
