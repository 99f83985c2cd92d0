// A fragment always written in French (the rules engine's explanations, benefit names, legal
// titles) marked as such, so that a screen reader in the English interface reads it with a
// French voice (RGAA 8.7, WCAG 3.1.2).
import type { ReactNode } from 'react';

export function FrenchText({ children }: { readonly children: ReactNode }) {
  return <span lang="fr">{children}</span>;
}
