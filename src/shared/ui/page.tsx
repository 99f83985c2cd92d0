// Page-level building blocks: the main container, lead paragraph, prose and plain links.
import type { ReactNode, Ref } from 'react';
import { Link } from 'react-router';
import { ExternalAnchor } from './external-link.tsx';

export function PageContainer({ children }: { readonly children: ReactNode }) {
  return <div className="fr-container fr-my-6w">{children}</div>;
}

export function PageTitle({ children }: { readonly children: ReactNode }) {
  return <h1>{children}</h1>;
}

export function Lead({ children }: { readonly children: ReactNode }) {
  return <p className="fr-text--lead">{children}</p>;
}

export function Section({
  title,
  children,
  headingRef,
}: {
  readonly title: string;
  readonly children: ReactNode;
  /** For moving the focus to the section (after its content changed elsewhere). */
  readonly headingRef?: Ref<HTMLHeadingElement>;
}) {
  return (
    <section className="fr-mt-6w">
      <h2 ref={headingRef}>{title}</h2>
      {children}
    </section>
  );
}

export function TextLink({ to, children }: { readonly to: string; readonly children: ReactNode }) {
  return (
    <Link className="fr-link" to={to}>
      {children}
    </Link>
  );
}

export function ExternalLink({
  href,
  children,
  newWindowLabel,
  lang,
}: {
  readonly href: string;
  readonly children: string;
  /** The language of the link text when it differs from the page's (RGAA 8.7). */
  readonly lang?: string;
  /** e.g. "nouvelle fenêtre", appended to the title (RGAA 13.2). */
  readonly newWindowLabel: string;
}) {
  return (
    <ExternalAnchor
      className="fr-link"
      href={href}
      label={children}
      title={`${children} - ${newWindowLabel}`}
      {...(lang ? { lang } : {})}
    >
      {children}
    </ExternalAnchor>
  );
}

export function LinkList({
  items,
}: {
  readonly items: readonly { readonly to: string; readonly label: string }[];
}) {
  return (
    <ul>
      {items.map((i) => (
        <li key={i.to}>
          <TextLink to={i.to}>{i.label}</TextLink>
        </li>
      ))}
    </ul>
  );
}
