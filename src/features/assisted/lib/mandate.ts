// What the interface needs to know about a mandate's domains and dates. The server decides
// (every acting route checks the mandate); the interface only hides what it would refuse.
import { MANDATE_DOMAINS, type MandateDomain } from '../../../shared/contracts/assisted.ts';
import type { ProcedureId } from '../../../shared/contracts/procedures.ts';

export { MANDATE_DOMAINS };

/** The domain of procedures each procedure the portal sends belongs to (Aidants Connect's). */
export const PROCEDURE_DOMAIN: Readonly<Record<ProcedureId, MandateDomain>> = {
  'prime-naissance': 'famille',
  'complementaire-sante': 'social',
  'aide-logement': 'logement',
};

/** Rights and the prefilled simulation are in the `social` domain. */
export const RIGHTS_DOMAIN: MandateDomain = 'social';

export const proceduresWithin = (domains: readonly MandateDomain[]): ProcedureId[] =>
  (Object.keys(PROCEDURE_DOMAIN) as ProcedureId[]).filter((p) =>
    domains.includes(PROCEDURE_DOMAIN[p]),
  );

const DAY = 24 * 60 * 60 * 1000;
export const daysLeft = (endsAt: number, now = Date.now()): number =>
  Math.max(0, Math.ceil((endsAt - now) / DAY));
