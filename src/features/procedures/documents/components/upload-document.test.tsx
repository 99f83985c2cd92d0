import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeServer, renderWithApp } from '../../forms/testing.tsx';
import { UploadDocument } from './upload-document.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
});

const input = () => screen.getByLabelText(/Ajouter un justificatif/);

describe('adding a supporting document', () => {
  it('refuses a file over the limit before sending it, in French', async () => {
    const calls = fakeServer(() => ({ status: 200, body: {} }));
    const user = userEvent.setup({ applyAccept: false });
    await renderWithApp(<UploadDocument maxBytes={1048576} />);
    await user.upload(
      input(),
      new File([new Uint8Array(1048577)], 'bail.pdf', { type: 'application/pdf' }),
    );
    expect(input()).toHaveAccessibleDescription('Le fichier dépasse 1 Mo.');
    expect(calls).toEqual([]);
  });

  it('shows the server’s verdict on the content of the file', async () => {
    fakeServer((url) =>
      url === '/api/me'
        ? { status: 200, body: { csrfToken: 'tok' } }
        : {
            status: 400,
            body: { error: 'mismatch', message: 'x', maxBytes: 10485760, fields: [] },
          },
    );
    const user = userEvent.setup({ applyAccept: false });
    await renderWithApp(<UploadDocument />);
    await user.upload(input(), new File(['\u0089PNG'], 'avis.pdf', { type: 'application/pdf' }));
    expect(
      await screen.findByText(/Le contenu du fichier ne correspond pas à son extension/),
    ).toBeVisible();
  });

  it('says which types are accepted', async () => {
    const calls = fakeServer(() => ({ status: 200, body: {} }));
    const user = userEvent.setup({ applyAccept: false });
    await renderWithApp(<UploadDocument />);
    await user.upload(input(), new File(['bonjour'], 'notes.txt', { type: 'text/plain' }));
    expect(input()).toHaveAccessibleDescription(
      'Seuls les fichiers PDF, JPEG et PNG sont acceptés.',
    );
    expect(calls).toEqual([]);
  });
});
