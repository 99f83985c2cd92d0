// Every organisation the portal connects to, in the order the dashboard lists them.
import { agircArrco } from './agirc-arrco/index.ts';
import { caf } from './caf/index.ts';
import { cnav } from './cnav/index.ts';
import { cpam } from './cpam/index.ts';
import { franceTravail } from './france-travail/index.ts';
import { impots } from './impots/index.ts';
import { msa } from './msa/index.ts';
import type { Connector } from './types.ts';
import { urssaf } from './urssaf/index.ts';

export const connectors: readonly Connector[] = [
  caf,
  msa,
  cpam,
  cnav,
  agircArrco,
  franceTravail,
  urssaf,
  impots,
];
