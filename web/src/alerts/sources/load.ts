// The person's own records the sources read besides the organisations' answers.
import { ProceduresRepository } from '../../documents/procedures-repo.ts';
import type { Services } from '../../services.ts';
import type { MandateFact, ProcedureFact } from './types.ts';

export async function loadProcedures(services: Services, sub: string): Promise<ProcedureFact[]> {
  const rows = await new ProceduresRepository(services.db.db).list(sub);
  return rows.map((r) => ({
    id: r.id,
    procedure: r.procedure,
    organisation: r.organisation,
    status: r.status,
    createdAt: r.createdAt,
    documents: r.documents.length,
  }));
}

/**
 * The person's mandates (assisted mode). WIRING AT MERGE: the mandates table belongs to the
 * assisted-server branch; until it is merged there is nothing to read, and the end-of-mandate
 * rule (deadlines.ts, mandateEnd) is tested on its own against MandateFact.
 */
export async function loadMandates(_services: Services, _sub: string): Promise<MandateFact[]> {
  return Promise.resolve([]);
}
