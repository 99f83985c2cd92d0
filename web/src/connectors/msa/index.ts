// Mutualité sociale agricole: the farming world's CAF, health insurer and pension fund at once;
// a person may be affiliated to it and to the general scheme at the same time.
import { dossierConnector } from '../base.ts';
import { familyBenefits } from '../family-benefits.ts';

export const msa = dossierConnector('msa', familyBenefits('MSA'));
