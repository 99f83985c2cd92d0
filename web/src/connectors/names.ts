import type { ConnectedOrganisation } from './types.ts';

/** Names as printed on documents (the dashboard takes its own from the i18n catalogues). */
export const ORGANISATION_NAMES: Record<ConnectedOrganisation, string> = {
  caf: 'Caisse d’allocations familiales (CAF)',
  msa: 'Mutualité sociale agricole (MSA)',
  cpam: 'Assurance Maladie (CPAM)',
  cnav: 'Assurance retraite (CNAV)',
  'agirc-arrco': 'Agirc-Arrco',
  'france-travail': 'France Travail',
  urssaf: 'Urssaf',
  impots: 'Impôts (DGFiP)',
};
