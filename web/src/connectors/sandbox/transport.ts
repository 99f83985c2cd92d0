// The in-process sandbox transport, with optional faults so that the behaviour of the portal
// when an organisation is slow or down can be seen and tested: CONNECTOR_FAULTS="caf:timeout,
// cpam:error,msa:slow=1500".
import { setTimeout as sleep } from 'node:timers/promises';
import { toSearchParams } from '../http-transport.ts';
import { ConnectorHttpError, type ConnectedOrganisation, type Transport } from '../types.ts';
import { sandboxAnswer } from './router.ts';

export type Fault =
  | { readonly kind: 'timeout' }
  | { readonly kind: 'error' }
  | { readonly kind: 'slow'; readonly delayMs: number };

export type Faults = Readonly<Partial<Record<ConnectedOrganisation, Fault>>>;

export function sandboxTransport(fault?: Fault): Transport {
  return {
    async get(path, query, signal) {
      if (fault?.kind === 'timeout') {
        // Never answers; only the caller's deadline ends the wait.
        await new Promise((_, reject) => {
          signal.addEventListener('abort', () => {
            reject(signal.reason as Error);
          });
        });
      }
      if (fault?.kind === 'error')
        throw new ConnectorHttpError(
          502,
          'Erreur du fournisseur de données (bac à sable)',
          '37999',
        );
      if (fault?.kind === 'slow') await sleep(fault.delayMs, undefined, { signal });
      const answer = sandboxAnswer(path, toSearchParams(query));
      if (answer.status >= 400) {
        const first = (answer.body as { errors?: { code?: string; title?: string }[] }).errors?.[0];
        throw new ConnectorHttpError(answer.status, first?.title ?? 'Erreur', first?.code);
      }
      // A copy, as if it had crossed the network: callers cannot alias the sandbox's data.
      return structuredClone(answer.body);
    },
  };
}
