import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it, vi } from 'vitest';
import { TextField } from './text-field.tsx';
import { axeViolations } from './testing/axe.ts';

it('is labelled, describes its error and passes what is typed', async () => {
  const onChange = vi.fn();
  const { container } = render(
    <TextField
      label="Loyer mensuel"
      hint="Hors charges"
      value=""
      onChange={onChange}
      error="Indiquez un montant en euros."
      inputMode="decimal"
    />,
  );
  const input = screen.getByRole('textbox', { name: /Loyer mensuel/ });
  expect(input).toHaveAttribute('aria-invalid', 'true');
  expect(input).toHaveAccessibleDescription('Indiquez un montant en euros.');
  await userEvent.type(input, '7');
  expect(onChange).toHaveBeenCalledWith('7');
  expect(await axeViolations(container)).toEqual([]);
});
