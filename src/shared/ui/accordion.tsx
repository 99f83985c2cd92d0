// DSFR accordion, driven by React state (no DSFR JS needed, so it works before it loads).
import '@gouvfr/dsfr/dist/component/accordion/accordion.main.min.css';
import { useId, useState } from 'react';
import type { ReactNode } from 'react';

export interface AccordionProps {
  readonly title: string;
  readonly children: ReactNode;
  /** Heading level of the title within the page. */
  readonly level?: 3 | 4;
  readonly defaultExpanded?: boolean;
}

export function Accordion({ title, children, level = 3, defaultExpanded = false }: AccordionProps) {
  const id = useId();
  const [expanded, setExpanded] = useState(defaultExpanded);
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <section className="fr-accordion">
      <Heading className="fr-accordion__title">
        <button
          type="button"
          className="fr-accordion__btn"
          aria-expanded={expanded}
          aria-controls={id}
          onClick={() => {
            setExpanded((e) => !e);
          }}
        >
          {title}
        </button>
      </Heading>
      <div
        className={`fr-collapse${expanded ? ' fr-collapse--expanded' : ''}`}
        id={id}
        hidden={!expanded}
        style={expanded ? { maxHeight: 'none' } : undefined}
      >
        {children}
      </div>
    </section>
  );
}
