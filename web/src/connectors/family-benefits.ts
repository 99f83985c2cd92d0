// CAF and MSA both pay family and solidarity benefits; API Particulier answers for both (the
// data comes from the CNAV, which holds CNAF and MSA files), the `fournisseur` telling which.
import {
  beneficiaryStatus,
  getParsed,
  identityQuery,
  QF_PATH,
  quotientFamilialV3,
} from './api-particulier.ts';
import type { Enrich } from './base.ts';
import { ConnectorHttpError } from './types.ts';

export function familyBenefits(provider: 'CAF' | 'MSA'): Enrich {
  return async ({ person, transport, signal, record }) => {
    const [qf, rsa, ppa, asf, aah] = await Promise.all([
      getParsed(transport, QF_PATH, identityQuery(person), quotientFamilialV3, signal).catch(
        (error: unknown) => {
          if (error instanceof ConnectorHttpError && error.status === 404) return undefined;
          throw error;
        },
      ),
      beneficiaryStatus(transport, 'rsa', person, signal),
      beneficiaryStatus(transport, 'ppa', person, signal),
      beneficiaryStatus(transport, 'asf', person, signal),
      beneficiaryStatus(transport, 'aah', person, signal),
    ]);
    const q = qf?.data.quotient_familial;
    const own = (code: string) => record.rights.some((r) => r.id === code);
    // A status is reported by the organisation that pays the benefit, not by both.
    const flags = (
      [
        ['rsa', rsa],
        ['ppa', ppa],
        ['asf', asf],
        ['aah', aah],
      ] as const
    )
      .filter(([code, s]) => s !== undefined && own(code))
      .map(([code]) => code);
    return {
      ...record,
      flags,
      ...(q && q.fournisseur === provider
        ? {
            quotientFamilial: {
              provider: q.fournisseur,
              value: q.valeur,
              month: `${q.annee}-${String(q.mois).padStart(2, '0')}`,
            },
          }
        : {}),
    };
  };
}
