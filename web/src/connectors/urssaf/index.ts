// URSSAF: what employers declared each month (DSN, montant net social) and, for the
// self-employed, the turnover they declared.
import { dossierConnector } from '../base.ts';

export const urssaf = dossierConnector('urssaf');
