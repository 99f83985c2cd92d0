import { render } from '@testing-library/react';
import { expect, it } from 'vitest';
import { GridCol, GridRow } from './grid.tsx';
import { axeViolations } from './testing/axe.ts';

it('lays columns out responsively', async () => {
  const { container } = render(
    <GridRow>
      <GridCol md={6}>{'a'}</GridCol>
    </GridRow>,
  );
  expect(container.querySelector('.fr-grid-row > .fr-col-12.fr-col-md-6')).not.toBeNull();
  expect(await axeViolations(container)).toEqual([]);
});
