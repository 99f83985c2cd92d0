// The bloc-marque: the operator's name, one line per configured line.
import { Fragment } from 'react';

export function BrandLogo({ lines }: { readonly lines: readonly string[] }) {
  return (
    <p className="fr-logo">
      {lines.map((line, i) => (
        <Fragment key={line}>
          {i > 0 ? <br /> : null}
          {line}
        </Fragment>
      ))}
    </p>
  );
}
