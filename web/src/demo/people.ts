// The fictitious people of the demo: the local identity provider lets you log in as any of
// them, and every organisation's sandbox connector serves the same record, so CAF, MSA, the
// Assurance Maladie and the tax office agree about one household. All names, numbers and
// addresses are invented (file numbers start with 99 so they never match a real file).
import { emilieBrouillon } from './people/emilie-brouillon.ts';
import { jeannineTemoin } from './people/jeannine-temoin.ts';
import { julienFictif } from './people/julien-fictif.ts';
import { karimSpecimen } from './people/karim-specimen.ts';
import { lucasEssai } from './people/lucas-essai.ts';
import { marcelModele } from './people/marcel-modele.ts';
import { nadiaExemple } from './people/nadia-exemple.ts';
import { sophieMaquette } from './people/sophie-maquette.ts';
import { thomasEbauche } from './people/thomas-ebauche.ts';
import { yanisPrototype } from './people/yanis-prototype.ts';
import type { DemoPerson } from './types.ts';

export type * from './types.ts';
export { DEMO_CURRENT_MONTH, DEMO_WINDOW } from './series.ts';

export const demoPeople: readonly DemoPerson[] = [
  nadiaExemple,
  lucasEssai,
  julienFictif,
  marcelModele,
  sophieMaquette,
  yanisPrototype,
  karimSpecimen,
  emilieBrouillon,
  jeannineTemoin,
  thomasEbauche,
];

const bySub = new Map(demoPeople.map((p) => [p.claims.sub, p]));
const byLogin = new Map(demoPeople.map((p) => [p.login, p]));
const byId = new Map(demoPeople.map((p) => [p.id, p]));

/** The person behind a FranceConnect `sub` (what a connector receives after login). */
export function findPersonBySub(sub: string): DemoPerson | undefined {
  return bySub.get(sub);
}

export function findPersonById(id: string): DemoPerson | undefined {
  return byId.get(id);
}

export function findPersonByLogin(login: string): DemoPerson | undefined {
  return byLogin.get(login.trim().toLowerCase());
}

/** Login, password and situation of each person, for the login page and the README. */
export function testIdentities(): {
  login: string;
  password: string;
  name: string;
  summary: string;
}[] {
  return demoPeople.map((p) => ({
    login: p.login,
    password: p.password,
    name: `${p.claims.given_name.split(' ')[0] ?? ''} ${p.claims.family_name}`,
    summary: p.summary,
  }));
}
