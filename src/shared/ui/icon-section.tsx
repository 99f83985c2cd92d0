// A page section whose heading carries a decorative DSFR icon (hidden from screen readers:
// the heading's text says it all).
import './icon-section.css';
import type { ReactNode } from 'react';

export const SECTION_ICONS = [
  'parent-line',
  'home-4-line',
  'briefcase-line',
  'heart-pulse-line',
  'wheelchair-line',
  'user-heart-line',
  'earth-line',
  'shield-line',
] as const;
export type SectionIcon = (typeof SECTION_ICONS)[number];

export function IconSection({
  icon,
  title,
  children,
}: {
  readonly icon: SectionIcon;
  readonly title: string;
  readonly children: ReactNode;
}) {
  return (
    <section className="fr-mt-6w">
      <h2>
        <span className={`fr-icon-${icon} fr-mr-1w`} aria-hidden="true" />
        {title}
      </h2>
      {children}
    </section>
  );
}
