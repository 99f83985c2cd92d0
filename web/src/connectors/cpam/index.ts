// Assurance Maladie (CPAM, régime général): coverage, médecin traitant, complémentaire santé
// solidaire (its status comes from API Particulier's C2S endpoint).
import { beneficiaryStatus } from '../api-particulier.ts';
import { dossierConnector } from '../base.ts';

export const cpam = dossierConnector(
  'cpam',
  async ({ person, transport, signal, record, dossier }) => {
    const c2s = await beneficiaryStatus(transport, 'c2s', person, signal);
    return {
      ...record,
      flags: [
        ...(c2s ? (['c2s'] as const) : []),
        ...(c2s?.avec_participation ? (['c2s-participation'] as const) : []),
        ...(dossier.sante?.medecin_traitant ? (['medecin-traitant'] as const) : []),
      ],
    };
  },
);
