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

it('scrolls inside a named, focusable region instead of overflowing a narrow screen', () => {
  render(
    <DataTable
      caption="Comparaison"
      headers={['Aide', 'Avant', 'Après']}
      rows={[{ key: 'rsa', cells: ['RSA', '100 €', '0 €'] }]}
    />,
  );
  const region = screen.getByRole('region', { name: 'Comparaison' });
  expect(region).toHaveAttribute('tabindex', '0');
  expect(region).toHaveClass('fr-table__container');
  expect(region.closest('.fr-table--no-scroll')).toBeNull();
  expect(region).toContainElement(screen.getByRole('table', { name: 'Comparaison' }));
});
