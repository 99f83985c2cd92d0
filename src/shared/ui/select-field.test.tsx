import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it, vi } from 'vitest';
import { SelectField } from './select-field.tsx';
import { axeViolations } from './testing/axe.ts';

it('labels the select, reports the choice and describes it by its error', async () => {
  const onChange = vi.fn();
  const { container } = render(
    <SelectField
      label="Commune"
      placeholder="Sélectionnez une commune"
      value=""
      onChange={onChange}
      error="Commune : choisissez votre commune dans la liste."
      options={[
        { value: '2A004', label: 'Ajaccio' },
        { value: '2A006', label: 'Alata' },
      ]}
    />,
  );
  const select = screen.getByRole('combobox', { name: 'Commune' });
  expect(select).toHaveAccessibleDescription('Commune : choisissez votre commune dans la liste.');
  expect(select).toHaveAttribute('aria-invalid', 'true');
  await userEvent.selectOptions(select, 'Alata');
  expect(onChange).toHaveBeenCalledWith('2A006');
  expect(await axeViolations(container)).toEqual([]);
});
