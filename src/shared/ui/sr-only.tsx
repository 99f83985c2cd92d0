// Text for screen readers only (e.g. which question a "Modifier" link edits).
export function SrOnly({ children }: { readonly children: string }) {
  return <span className="fr-sr-only">{children}</span>;
}
