import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { expect, it, vi } from 'vitest';
import { Button, ButtonLink, ButtonsGroup } from './button.tsx';
import { axeViolations } from './testing/axe.ts';

it('renders buttons and links with their priority and says when a link opens a new tab', async () => {
  const onClick = vi.fn();
  const { container } = render(
    <MemoryRouter>
      <ButtonsGroup>
        <Button onClick={onClick}>{'Continuer'}</Button>
        <ButtonLink to="/simuler" priority="secondary">
          {'Recommencer'}
        </ButtonLink>
        <ButtonLink to="https://www.caf.fr" external={{ title: 'caf.fr - nouvelle fenêtre' }}>
          {'Faire la demande'}
        </ButtonLink>
      </ButtonsGroup>
    </MemoryRouter>,
  );
  await userEvent.click(screen.getByRole('button', { name: 'Continuer' }));
  expect(onClick).toHaveBeenCalledOnce();
  expect(screen.getByRole('link', { name: 'Recommencer' })).toHaveClass('fr-btn--secondary');
  const ext = screen.getByRole('link', { name: 'Faire la demande' });
  expect(ext).toHaveAttribute('target', '_blank');
  expect(ext).toHaveAttribute('rel', 'noopener noreferrer');
  expect(await axeViolations(container)).toEqual([]);
});
