// A table of checkboxes (rows × columns), e.g. alert subjects × channels. Each box is named by
// its row and column; on a narrow screen the table reflows into one block per row with the
// column names written next to the boxes (no horizontal scroll at 320 CSS px, WCAG 1.4.10).
import { useId } from 'react';
import './choice-matrix.css';

export interface MatrixAxis {
  readonly key: string;
  readonly label: string;
}

export interface ChoiceMatrixProps {
  readonly caption: string;
  /** The header of the rows' column, e.g. "Sujet". */
  readonly corner: string;
  readonly rows: readonly MatrixAxis[];
  readonly columns: readonly MatrixAxis[];
  readonly checked: (row: string, column: string) => boolean;
  readonly onChange: (row: string, column: string, value: boolean) => void;
  readonly disabled?: boolean;
}

export function ChoiceMatrix(p: ChoiceMatrixProps) {
  const id = useId();
  return (
    <table className="choice-matrix">
      <caption className="fr-h6">{p.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{p.corner}</th>
          {p.columns.map((c) => (
            <th scope="col" key={c.key}>
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {p.rows.map((r) => (
          <tr key={r.key}>
            <th scope="row" id={`${id}-${r.key}`}>
              {r.label}
            </th>
            {p.columns.map((c) => {
              const box = `${id}-${r.key}-${c.key}`;
              return (
                <td key={c.key}>
                  <input
                    type="checkbox"
                    id={box}
                    className="choice-matrix__box"
                    checked={p.checked(r.key, c.key)}
                    disabled={p.disabled}
                    onChange={(e) => {
                      p.onChange(r.key, c.key, e.target.checked);
                    }}
                  />
                  <label htmlFor={box}>
                    <span className="fr-sr-only">{`${r.label} :`}</span>{' '}
                    <span className="choice-matrix__column">{c.label}</span>
                  </label>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
