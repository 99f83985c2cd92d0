// Documents to prepare before applying, by benefit (keys of the `documentsList` catalogue).
import type { BenefitId } from '../../../engine/contract.ts';

const BASE = ['identity', 'bank'] as const;
const BY_BENEFIT: Partial<Record<BenefitId, readonly string[]>> = {
  rsa: ['income', 'rent'],
  ppa: ['income'],
  aide_logement: ['rent', 'tax'],
  af: ['family', 'tax'],
  cf: ['family', 'tax'],
  ars: ['family', 'tax'],
  asf: ['family'],
  paje_base: ['family', 'tax'],
  paje_naissance: ['family', 'tax'],
  aah: ['mdph', 'income'],
  aspa: ['pension', 'tax'],
  css_participation_forfaitaire: ['income'],
  cmu_c: ['income'],
};

export function documentsFor(ids: readonly BenefitId[]): string[] {
  return [...new Set([...BASE, ...ids.flatMap((id) => BY_BENEFIT[id] ?? [])])];
}
