import { render, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { CheckboxGroup } from './checkbox-group.tsx';
import { RadioGroup } from './radio-group.tsx';
import { RequiredNotice } from './required-notice.tsx';
import { SelectField } from './select-field.tsx';
import { TextField } from './text-field.tsx';
import { TextareaField } from './textarea-field.tsx';
import { UploadField } from './upload-field.tsx';

const noop = () => undefined;

it('marks a required text, textarea, select and upload control as required', () => {
  render(
    <>
      <TextField label="Nom" value="" onChange={noop} required />
      <TextareaField label="Message" value="" onChange={noop} required />
      <SelectField
        label="Commune"
        placeholder="Choisir"
        options={[]}
        value=""
        onChange={noop}
        required
      />
      <UploadField label="Fichier" hint="PDF" accept=".pdf" onFile={noop} required />
      <TextField label="Surnom" value="" onChange={noop} />
    </>,
  );
  for (const name of ['Nom', 'Message', 'Commune', 'Fichier']) {
    const control = screen.getByLabelText(new RegExp(name));
    expect(control).toBeRequired();
    expect(control).toHaveAttribute('aria-required', 'true');
  }
  const optional = screen.getByLabelText('Surnom');
  expect(optional).not.toBeRequired();
  expect(optional).not.toHaveAttribute('aria-required');
});

it('marks the radios of a required group, and the boxes of a required checkbox group', () => {
  render(
    <>
      <RadioGroup
        name="kind"
        legend="Quoi"
        options={[
          { value: 'a', label: 'A' },
          { value: 'b', label: 'B' },
        ]}
        value={undefined}
        onChange={noop}
        required
      />
      <CheckboxGroup
        legend="Qui"
        options={[{ value: 'caf', label: 'CAF' }]}
        checked={[]}
        onChange={noop}
        required
      />
    </>,
  );
  for (const radio of screen.getAllByRole('radio')) {
    expect(radio).toBeRequired();
  }
  expect(screen.getByRole('checkbox', { name: 'CAF' })).toHaveAttribute('aria-required', 'true');
});

it('shows the notice it is given', () => {
  render(<RequiredNotice text="Sauf mention contraire, tous les champs sont obligatoires." />);
  expect(
    screen.getByText('Sauf mention contraire, tous les champs sont obligatoires.'),
  ).toBeInTheDocument();
});
