// Cross-file checks of the reviewed content, shared by the tests and scripts/check-links.mjs:
// schema errors, duplicates, and every id a journey uses present in its registry.
// Messages are in French: they are read by the people who edit the JSON files.
import { lifeEvent, type LifeEvent } from '../contracts/life-events.ts';
import * as z from 'zod/mini';
import { organisationLink, type OrganisationLink } from '../contracts/links.ts';
import { organisation, type Organisation } from '../contracts/organisations.ts';

export interface ContentFiles {
  readonly links: unknown;
  readonly organisations: unknown;
  /** File name → parsed JSON of each life event. */
  readonly events: Readonly<Record<string, unknown>>;
}

export interface Content {
  readonly links: readonly OrganisationLink[];
  readonly organisations: readonly Organisation[];
  readonly events: readonly LifeEvent[];
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(values.filter((v) => seen.size === seen.add(v).size))];
}

function schemaErrors(
  file: string,
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
) {
  return issues.map((i) => `${file} ${i.path.map(String).join('.')} : ${i.message}`);
}

function items<T>(
  file: string,
  json: unknown,
  key: string,
  schema: z.ZodMiniType<T>,
  errors: string[],
): T[] {
  const list = z.object({ [key]: z.array(z.unknown()) }).safeParse(json);
  if (!list.success) {
    errors.push(...schemaErrors(file, list.error.issues));
    return [];
  }
  return (list.data[key] ?? []).flatMap((item, i) => {
    const r = schema.safeParse(item);
    if (r.success) return [r.data];
    errors.push(...schemaErrors(`${file} ${key}.${String(i)}`, r.error.issues));
    return [];
  });
}

/** Parses and cross-checks everything; `errors` is empty when the content can be published. */
export function checkContent(files: ContentFiles): { content: Content; errors: string[] } {
  const errors: string[] = [];
  // Item by item, so that one bad entry does not hide the duplicates among the others.
  const links = items('links.json', files.links, 'links', organisationLink, errors);
  const organisations = items(
    'organisations.json',
    files.organisations,
    'organisations',
    organisation,
    errors,
  );
  const events: LifeEvent[] = [];
  for (const [file, json] of Object.entries(files.events)) {
    const r = lifeEvent.safeParse(json);
    if (!r.success) errors.push(...schemaErrors(file, r.error.issues));
    else if (!file.endsWith(`${r.data.slug}.json`))
      errors.push(`${file} : le nom du fichier doit être « ${r.data.slug}.json »`);
    else events.push(r.data);
  }

  for (const d of duplicates(links.map((l) => l.id))) errors.push(`lien en double : id ${d}`);
  for (const d of duplicates(links.map((l) => l.url))) errors.push(`adresse en double : ${d}`);
  for (const d of duplicates(organisations.map((o) => o.id)))
    errors.push(`organisme en double : ${d}`);
  for (const d of duplicates(events.map((e) => e.slug))) errors.push(`slug en double : ${d}`);

  const linkIds = new Set(links.map((l) => l.id));
  const orgIds = new Set(organisations.map((o) => o.id));
  const needLink = (where: string, id: string) => {
    if (!linkIds.has(id)) errors.push(`${where} : le lien « ${id} » n’est pas dans links.json`);
  };
  const needOrg = (where: string, id: string) => {
    if (!orgIds.has(id))
      errors.push(`${where} : l’organisme « ${id} » n’est pas dans organisations.json`);
  };
  for (const l of links) needOrg(`links.json ${l.id}`, l.organisation);
  for (const o of organisations) {
    if (o.space) needLink(`organisations.json ${o.id}`, o.space);
    if (o.website) needLink(`organisations.json ${o.id}`, o.website);
  }
  for (const e of events) {
    const where = `${e.slug}.json`;
    for (const o of e.organisations) needOrg(where, o.id);
    for (const s of e.timeline.flatMap((g) => g.steps)) {
      needLink(where, s.link);
      if (!s.organisation === !s.professional)
        errors.push(
          `${where} : l’étape « ${s.title.fr} » doit dire auprès de qui : un organisme ou un professionnel, et un seul des deux`,
        );
      if (!s.organisation) continue;
      needOrg(where, s.organisation);
      if (!e.organisations.some((o) => o.id === s.organisation))
        errors.push(`${where} : « ${s.organisation} » manque dans organisations (et pourquoi)`);
    }
    for (const s of e.services) needLink(where, s.link);
  }
  return { content: { links, organisations, events }, errors };
}
