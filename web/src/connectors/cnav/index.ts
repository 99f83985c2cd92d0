// Assurance retraite (CNAV): basic pension of the general scheme, survivor's pension, ASPA, and
// the quarters validated so far.
import { dossierConnector, retiredFlag } from '../base.ts';

export const cnav = dossierConnector('cnav', async ({ record }) => ({
  ...record,
  flags: retiredFlag(record),
}));
