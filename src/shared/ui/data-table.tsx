// DSFR table with a caption; cells are already-formatted strings or nodes.
import '@gouvfr/dsfr/dist/component/table/table.main.min.css';
import type { ReactNode } from 'react';

export interface DataTableProps {
  readonly caption: string;
  readonly headers: readonly string[];
  readonly rows: readonly { readonly key: string; readonly cells: readonly ReactNode[] }[];
}

export function DataTable({ caption, headers, rows }: DataTableProps) {
  return (
    <div className="fr-table fr-table--no-scroll">
      <table>
        <caption>{caption}</caption>
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
  );
}
