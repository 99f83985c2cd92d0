// Every benefit the engine computes, in display order.
import type { BenefitDefinition } from '../contract.ts';
import { aah } from './aah/aah.ts';
import { aide_logement, alf, als, apl } from './aide_logement/aide_logement.ts';
import { af } from './af/af.ts';
import { ars } from './ars/ars.ts';
import { asf } from './asf/asf.ts';
import { asi } from './asi/asi.ts';
import { aspa } from './aspa/aspa.ts';
import { cf } from './cf/cf.ts';
import { cmu_c } from './c2s/cmu_c.ts';
import { css_participation_forfaitaire } from './c2s/css_participation_forfaitaire.ts';
import { cheque_energie } from './cheque_energie/cheque_energie.ts';
import { paje_base } from './paje_base/paje_base.ts';
import { paje_naissance } from './paje_naissance/paje_naissance.ts';
import { ppa } from './ppa/ppa.ts';
import { rsa } from './rsa/rsa.ts';

export const BENEFITS: readonly BenefitDefinition[] = [
  rsa,
  ppa,
  aide_logement,
  apl,
  alf,
  als,
  af,
  asf,
  paje_base,
  paje_naissance,
  cf,
  ars,
  aspa,
  aah,
  asi,
  css_participation_forfaitaire,
  cmu_c,
  cheque_energie,
];
