// DSFR grid: rows with gutters and responsive columns (12-column grid).
import type { ReactNode } from 'react';

export function GridRow({ children }: { readonly children: ReactNode }) {
  return <div className="fr-grid-row fr-grid-row--gutters">{children}</div>;
}

export interface GridColProps {
  readonly children: ReactNode;
  readonly sm?: number;
  readonly md?: number;
  readonly lg?: number;
}

export function GridCol({ children, sm, md, lg }: GridColProps) {
  const cls = [
    'fr-col-12',
    sm ? `fr-col-sm-${sm}` : '',
    md ? `fr-col-md-${md}` : '',
    lg ? `fr-col-lg-${lg}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return <div className={cls}>{children}</div>;
}
