// Caisse d'allocations familiales: family, housing and solidarity benefits, quotient familial.
import { dossierConnector } from '../base.ts';
import { familyBenefits } from '../family-benefits.ts';

export const caf = dossierConnector('caf', familyBenefits('CAF'));
