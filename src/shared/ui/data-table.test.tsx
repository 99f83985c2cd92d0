import { render, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { DataTable } from './data-table.tsx';
import { axeViolations } from './testing/axe.ts';

it('has a caption, column headers and row headers', async () => {
  const { container } = render(
    <DataTable
      caption="Comparaison"
      headers={['Aide', 'Avant', 'Après']}
      rows={[{ key: 'rsa', cells: ['RSA', '100 €', '0 €'] }]}
    />,
  );
  expect(screen.getByRole('table', { name: 'Comparaison' })).toBeInTheDocument();
  expect(screen.getByRole('rowheader', { name: 'RSA' })).toBeInTheDocument();
  expect(screen.getAllByRole('columnheader')).toHaveLength(3);
  expect(await axeViolations(container)).toEqual([]);
});
