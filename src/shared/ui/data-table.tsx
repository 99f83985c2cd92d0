// DSFR table with a caption; cells are already-formatted strings or nodes. On a narrow screen the
// table scrolls inside its own region (focusable, named by the caption) so the page never overflows.
import '@gouvfr/dsfr/dist/component/table/table.main.min.css';
import { useId } from 'react';
import type { ReactNode } from 'react';

export interface DataTableProps {
  readonly caption: string;
  readonly headers: readonly string[];
  readonly rows: readonly { readonly key: string; readonly cells: readonly ReactNode[] }[];
}

export function DataTable({ caption, headers, rows }: DataTableProps) {
  const captionId = useId();
  return (
    <div className="fr-table">
      <div className="fr-table__wrapper">
        {/* A scrolling region must take the keyboard focus to be scrolled without a mouse. */}
        {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
        <div className="fr-table__container" role="region" tabIndex={0} aria-labelledby={captionId}>
          <div className="fr-table__content">
            <table>
              <caption id={captionId}>{caption}</caption>
              <thead>
                <tr>
                  {headers.map((h) => (
                    <th key={h} scope="col">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.key}>
                    {r.cells.map((c, i) =>
                      i === 0 ? (
                        <th key={i} scope="row">
                          {c}
                        </th>
                      ) : (
                        <td key={i}>{c}</td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      </div>
    </div>
  );
}
