// Agirc-Arrco: complementary pension of private-sector employees, paid monthly in advance.
import { dossierConnector, retiredFlag } from '../base.ts';

export const agircArrco = dossierConnector('agirc-arrco', async ({ record }) => ({
  ...record,
  flags: retiredFlag(record),
}));
