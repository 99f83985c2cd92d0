// A timeline of steps by deadline: an ordered list whose items start with a heading, so that
// screen readers announce "liste de N éléments" and headings navigation jumps deadline to deadline.
import './timeline.css';
import type { ReactNode } from 'react';

export interface TimelineGroup {
  readonly key: string;
  /** The deadline, as text ("Dans les 8 jours"): never only a colour or an icon. */
  readonly heading: string;
  readonly content: ReactNode;
}

export function Timeline({
  groups,
  headingLevel = 3,
}: {
  readonly groups: readonly TimelineGroup[];
  readonly headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ol className="d360-timeline">
      {groups.map((g) => (
        <li key={g.key} className="d360-timeline__item">
          <Heading className="fr-mb-2w">{g.heading}</Heading>
          {g.content}
        </li>
      ))}
    </ol>
  );
}
