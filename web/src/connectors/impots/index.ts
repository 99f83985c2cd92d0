// impots.gouv: tax notices (revenu fiscal de référence, parts, tax, withholding rate).
import { dossierConnector } from '../base.ts';

export const impots = dossierConnector('impots');
