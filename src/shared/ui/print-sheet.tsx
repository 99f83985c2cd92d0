// A print of only what the person chose: the sheet is rendered outside the app (a portal on
// <body>) while printing, and the print stylesheet leaves everything else off paper.
import { useEffect, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import './print.css';

/** Prints `sheet` alone: returns the trigger and the element to render. */
export function usePrintSheet(sheet: () => ReactNode): {
  readonly print: () => void;
  readonly element: ReactNode;
} {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    if (!printing) return;
    const root = document.documentElement;
    root.setAttribute('data-d360-print', 'sheet');
    const done = () => {
      root.removeAttribute('data-d360-print');
      setPrinting(false);
    };
    window.addEventListener('afterprint', done, { once: true });
    window.print();
    return () => {
      window.removeEventListener('afterprint', done);
      root.removeAttribute('data-d360-print');
    };
  }, [printing]);
  return {
    print: () => {
      setPrinting(true);
    },
    element: printing
      ? createPortal(<div className="d360-print-sheet">{sheet()}</div>, document.body)
      : null,
  };
}

/** A line to tick on paper. */
export function CheckItem({ children }: { readonly children: ReactNode }) {
  return <li className="d360-check-item">{children}</li>;
}
