// A titled block of content (a dashboard card that holds text, lists and tables rather than a
// single link): heading, optional badge and tools, then anything.
import './panel.css';
import type { ReactNode } from 'react';

export interface PanelProps {
  readonly title: string;
  /** Links the section to its heading (aria-labelledby), and anchors it. */
  readonly id: string;
  readonly badge?: ReactNode;
  readonly tools?: ReactNode;
  readonly children: ReactNode;
  readonly headingLevel?: 2 | 3;
}

export function Panel({ title, id, badge, tools, children, headingLevel = 2 }: PanelProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="d360-panel fr-p-3w fr-mb-3w" aria-labelledby={`${id}-title`} id={id}>
      <div className="d360-panel__header">
        <Heading id={`${id}-title`} className="fr-h4 fr-mb-1w">
          {title}
        </Heading>
        {badge}
      </div>
      {tools ? <div className="fr-mb-2w">{tools}</div> : null}
      {children}
    </section>
  );
}

/** Label/value pairs ("Adresse : 3 rue…"). */
export function Facts({
  items,
}: {
  readonly items: readonly { readonly label: string; readonly value: ReactNode }[];
}) {
  return (
    <dl>
      {items.map((i) => (
        <div key={i.label}>
          <dt>{i.label}</dt>
          <dd>{i.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The title of one item inside a panel (a benefit, an employer): a heading drawn small. */
export function ItemTitle({
  children,
  level = 3,
}: {
  readonly children: string;
  readonly level?: 3 | 4;
}) {
  const Heading = level === 3 ? 'h3' : 'h4';
  return <Heading className="fr-h6 fr-mt-2w fr-mb-1w">{children}</Heading>;
}
