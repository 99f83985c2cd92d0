import { render, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { NoPrint, PrintOnly } from './print.tsx';
import { axeViolations } from './testing/axe.ts';

it('marks what is for paper only and what is left off paper', async () => {
  const { container } = render(
    <>
      <PrintOnly>{'Estimation faite le 28/11/2026'}</PrintOnly>
      <NoPrint>{'Imprimer'}</NoPrint>
    </>,
  );
  expect(screen.getByText('Estimation faite le 28/11/2026')).toHaveClass('d360-print-only');
  expect(screen.getByText('Imprimer')).toHaveClass('d360-no-print');
  expect(await axeViolations(container)).toEqual([]);
});
