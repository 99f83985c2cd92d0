// Where to apply, from the shared registry of organisations' links: CAF or MSA (the person
// chooses by their scheme), Assurance Maladie for C2S, the MDPH then CAF or MSA for AAH, Assurance retraite or
// MSA for ASPA.
import type { BenefitId } from '../../../engine/contract.ts';
import { linkById, localize } from '../../../shared/content/index.ts';
import type { BenefitInfo } from '../api/engine.ts';

const BY_ORGANISATION: Readonly<Record<string, string>> = {
  caf: 'caf-demande-prestation',
  msa: 'msa-mon-espace',
  cpam: 'ameli-css',
  cnav: 'assurance-retraite-aspa',
  carsat: 'assurance-retraite-aspa',
  'france-travail': 'france-travail-inscription',
};
// Some benefits start with another organisation: the MDPH decides on the disability, then the
// CAF or MSA pays the AAH.
const FIRST: Partial<Record<BenefitId, readonly string[]>> = { aah: ['mdph-en-ligne'] };
// Some benefits are requested elsewhere than where they are paid.
const BY_BENEFIT: Partial<Record<BenefitId, readonly string[]>> = {
  css_participation_forfaitaire: ['ameli-css'],
  cmu_c: ['ameli-css'],
};

export interface ApplyTarget {
  readonly id: string;
  readonly label: string;
  readonly url: string;
}

export function applyTargets(
  info: Pick<BenefitInfo, 'id' | 'paidBy'>,
  language: string,
): ApplyTarget[] {
  const ids = [
    ...(FIRST[info.id] ?? []),
    ...(BY_BENEFIT[info.id] ??
      info.paidBy.map((o) => BY_ORGANISATION[o]).filter((x): x is string => x !== undefined)),
  ];
  return [...new Set(ids)].flatMap((id) => {
    const link = linkById(id);
    return link ? [{ id, label: localize(link.label, language), url: link.url }] : [];
  });
}
