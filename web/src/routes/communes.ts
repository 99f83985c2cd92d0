// French communes by postal code, from the official geographic code (COG, INSEE) and La Poste's
// postal codes as packaged by Etalab (@etalab/decoupage-administratif). Read once, on first use,
// checked with zod like any file read from disk; the form's commune select asks this endpoint
// (8 MB of reference data is no download for a phone), the declarations route checks with it.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import {
  DECLARATION_MESSAGES,
  POSTAL_CODE,
  type Commune,
} from '../../../src/shared/contracts/declarations.ts';

const row = z.object({
  code: z.string(),
  nom: z.string(),
  type: z.string(),
  codesPostaux: z.array(z.string()).optional(),
});

export interface CommuneReference {
  byPostalCode(postalCode: string): readonly Commune[];
  /** The commune with this INSEE code, if it is served by this postal code. */
  find(communeCode: string, postalCode: string): Commune | undefined;
}

export function communeReference(rows: readonly z.infer<typeof row>[]): CommuneReference {
  const byPostal = new Map<string, Commune[]>();
  const postalByCode = new Map<string, Set<string>>();
  // Current communes only: delegated and associated ones are no longer where files are kept.
  for (const r of rows) {
    if (r.type !== 'commune-actuelle') continue;
    const c = { code: r.code, name: r.nom };
    postalByCode.set(r.code, new Set(r.codesPostaux));
    for (const p of r.codesPostaux ?? []) {
      const list = byPostal.get(p);
      if (list) list.push(c);
      else byPostal.set(p, [c]);
    }
  }
  for (const list of byPostal.values()) list.sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  return {
    byPostalCode: (p) => byPostal.get(p) ?? [],
    find: (code, p) =>
      postalByCode.get(code)?.has(p) ? byPostal.get(p)?.find((c) => c.code === code) : undefined,
  };
}

let loading: Promise<CommuneReference> | undefined;

/** The packaged reference, loaded and indexed once per process. */
export function loadCommunes(): Promise<CommuneReference> {
  loading ??= (async () => {
    const file = createRequire(import.meta.url).resolve(
      '@etalab/decoupage-administratif/data/communes.json',
    );
    const rows = z.array(row).parse(JSON.parse(await readFile(file, 'utf8')));
    return communeReference(rows);
  })();
  loading.catch(() => {
    loading = undefined; // a failed read can be tried again
  });
  return loading;
}

const query = z.object({ postal_code: z.string().trim().regex(POSTAL_CODE) });

export const communeRoutes: FastifyPluginAsync = async (app) => {
  // Read the list (about 250 ms) when the server starts rather than on someone's first lookup.
  app.addHook('onListen', async () => {
    await loadCommunes().catch((error: unknown) => {
      app.log.error({ err: error }, 'commune reference unreadable');
    });
  });
  // Public reference data, the same for everybody: no session needed.
  app.get('/api/communes', async (request, reply) => {
    const q = query.safeParse(request.query);
    if (!q.success)
      return reply.code(400).send({
        error: 'invalid',
        message: 'Certaines informations sont à corriger.',
        fields: [{ path: 'postal_code', message: DECLARATION_MESSAGES.postalCode }],
      });
    const ref = await loadCommunes();
    reply.header('cache-control', 'public, max-age=86400');
    return { postalCode: q.data.postal_code, communes: ref.byPostalCode(q.data.postal_code) };
  });
};
