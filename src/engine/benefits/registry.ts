// Every benefit the engine computes, in display order.
import type { BenefitDefinition } from '../contract.ts';
import { af } from './af/af.ts';
import { asf } from './asf/asf.ts';

export const BENEFITS: readonly BenefitDefinition[] = [af, asf];
