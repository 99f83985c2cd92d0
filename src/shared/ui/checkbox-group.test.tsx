import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it, vi } from 'vitest';
import { CheckboxGroup } from './checkbox-group.tsx';
import { axeViolations } from './testing/axe.ts';

it('labels each box with its hint, adds and removes choices, announces the error', async () => {
  const onChange = vi.fn();
  const { container } = render(
    <CheckboxGroup
      legend="Organismes à prévenir"
      checked={['caf']}
      onChange={onChange}
      error="Choisissez au moins un organisme."
      options={[
        { value: 'caf', label: 'Caf', hint: 'Vous verse des prestations' },
        { value: 'cpam', label: 'Assurance Maladie' },
      ]}
    />,
  );
  expect(screen.getByRole('checkbox', { name: /Caf/ })).toBeChecked();
  await userEvent.click(screen.getByRole('checkbox', { name: 'Assurance Maladie' }));
  expect(onChange).toHaveBeenLastCalledWith(['caf', 'cpam']);
  await userEvent.click(screen.getByRole('checkbox', { name: /Caf/ }));
  expect(onChange).toHaveBeenLastCalledWith([]);
  expect(screen.getByRole('group')).toHaveAccessibleName(/Organismes.*au moins un organisme/);
  expect(await axeViolations(container)).toEqual([]);
});
