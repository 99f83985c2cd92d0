import { render, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { IconSection } from './icon-section.tsx';
import { axeViolations } from './testing/axe.ts';

it('names the section by its heading text alone, the icon being decorative', async () => {
  const { container } = render(
    <IconSection icon="parent-line" title="Famille">
      <p>Naissance</p>
    </IconSection>,
  );
  const heading = screen.getByRole('heading', { level: 2, name: 'Famille' });
  expect(heading.querySelector('[aria-hidden="true"]')).toHaveClass('fr-icon-parent-line');
  expect(await axeViolations(container)).toEqual([]);
});
