import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it, vi } from 'vitest';
import { axeViolations } from './testing/axe.ts';
import { TextareaField } from './textarea-field.tsx';
import { UploadField } from './upload-field.tsx';

it('labels the file input, describes its error and hands over the chosen file', async () => {
  const onFile = vi.fn();
  const { container } = render(
    <UploadField
      label="Ajouter un justificatif"
      hint="PDF, JPEG ou PNG, 10 Mo au plus"
      accept=".pdf,.png"
      onFile={onFile}
      error="Le fichier dépasse 10 Mo."
    />,
  );
  const input = screen.getByLabelText(/Ajouter un justificatif/);
  expect(input).toHaveAccessibleDescription('Le fichier dépasse 10 Mo.');
  await userEvent.upload(input, new File(['%PDF-'], 'bail.pdf', { type: 'application/pdf' }));
  expect(onFile).toHaveBeenCalledWith(expect.objectContaining({ name: 'bail.pdf' }));
  expect(await axeViolations(container)).toEqual([]);
});

it('labels a text area and passes what is typed', async () => {
  const onChange = vi.fn();
  const { container } = render(
    <TextareaField label="Votre message" value="" onChange={onChange} error="Trop court." />,
  );
  const area = screen.getByRole('textbox', { name: 'Votre message' });
  expect(area).toHaveAccessibleDescription('Trop court.');
  await userEvent.type(area, 'B');
  expect(onChange).toHaveBeenCalledWith('B');
  expect(await axeViolations(container)).toEqual([]);
});
