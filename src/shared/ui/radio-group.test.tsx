import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it, vi } from 'vitest';
import { RadioGroup } from './radio-group.tsx';
import { axeViolations } from './testing/axe.ts';

it('labels each radio, reports the choice and announces the error', async () => {
  const onChange = vi.fn();
  const { container } = render(
    <RadioGroup
      name="couple"
      legend="Vivez-vous en couple ?"
      hint="Mariage, PACS ou concubinage"
      value="non"
      onChange={onChange}
      error="Choisissez une réponse."
      options={[
        { value: 'oui', label: 'Oui' },
        { value: 'non', label: 'Non' },
      ]}
    />,
  );
  expect(screen.getByRole('radio', { name: 'Non' })).toBeChecked();
  await userEvent.click(screen.getByRole('radio', { name: 'Oui' }));
  expect(onChange).toHaveBeenCalledWith('oui');
  expect(screen.getByRole('group')).toHaveAccessibleName(
    /Vivez-vous en couple \?.*Choisissez une réponse\./,
  );
  expect(await axeViolations(container)).toEqual([]);
});
