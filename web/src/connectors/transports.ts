// Which transport each organisation uses: API Particulier paths (/v3/…) go to API Particulier
// when it is configured, the dossier to the organisation's own API when configured; anything
// not configured is served by the sandbox (with its injected fault, if any).
import { CONNECTED_ORGANISATIONS } from '../../../src/shared/contracts/rights.ts';
import type { ConnectorConfig } from './config.ts';
import { httpTransport } from './http-transport.ts';
import { sandboxTransport } from './sandbox/transport.ts';
import type { ConnectedOrganisation, Transport } from './types.ts';

export type Transports = Readonly<Record<ConnectedOrganisation, Transport>>;

export function buildTransports(c: ConnectorConfig, fetchImpl?: typeof fetch): Transports {
  const f = fetchImpl ? { fetch: fetchImpl } : {};
  const api = c.apiParticulier ? httpTransport({ ...c.apiParticulier, ...f }) : undefined;
  const entries = CONNECTED_ORGANISATIONS.map((org) => {
    const sandbox = sandboxTransport(c.faults[org]);
    const endpoint = c.endpoints[org];
    const own = endpoint ? httpTransport({ ...endpoint, ...f }) : sandbox;
    const t: Transport = {
      get: (path, query, signal) =>
        (path.startsWith('/v3/') ? (api ?? sandbox) : own).get(path, query, signal),
    };
    return [org, t] as const;
  });
  return Object.fromEntries(entries) as Record<ConnectedOrganisation, Transport>;
}
