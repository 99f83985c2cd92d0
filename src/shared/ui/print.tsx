// Print helpers: content only on paper, and content left off paper (see print.css).
import './print.css';
import type { ReactNode } from 'react';

export function PrintOnly({ children }: { readonly children: ReactNode }) {
  return <div className="d360-print-only">{children}</div>;
}

export function NoPrint({ children }: { readonly children: ReactNode }) {
  return <div className="d360-no-print">{children}</div>;
}
