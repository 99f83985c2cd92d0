// Every benefit the engine computes, in display order.
import type { BenefitDefinition } from '../contract.ts';
import { aah } from './aah/aah.ts';
import { af } from './af/af.ts';
import { ars } from './ars/ars.ts';
import { asf } from './asf/asf.ts';
import { aspa } from './aspa/aspa.ts';
import { cheque_energie } from './cheque_energie/cheque_energie.ts';
import { paje_base } from './paje_base/paje_base.ts';

export const BENEFITS: readonly BenefitDefinition[] = [
  af,
  asf,
  paje_base,
  ars,
  aspa,
  aah,
  cheque_energie,
];
