// A mandate's domains in words (the 10 domains of Aidants Connect, in the interface's language).
import { useTranslation } from 'react-i18next';
import type { MandateDomain } from '../../../shared/contracts/assisted.ts';

export function useDomainLabel() {
  const { t } = useTranslation('assisted');
  return (d: MandateDomain) => t(`domains.${d}`);
}

export function DomainList({ domains }: { readonly domains: readonly MandateDomain[] }) {
  const label = useDomainLabel();
  return <>{domains.map(label).join(', ')}</>;
}
