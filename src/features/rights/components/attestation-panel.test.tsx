import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setupI18n } from '../../../shared/i18n/index.ts';
import {
  kioskWithoutPrinter,
  kioskWithPrinter,
} from '../../../shared/lib/__fixtures__/kiosk-config.ts';
import { clearKioskConfig, saveKioskConfig } from '../../../shared/lib/device-mode.ts';
import { releasePrintedPdf } from '../../../shared/lib/print-pdf.ts';
import { AttestationPanel } from './attestation-panel.tsx';

beforeAll(async () => {
  await setupI18n('fr');
});
afterEach(() => {
  act(() => {
    clearKioskConfig();
  });
  releasePrintedPdf();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

async function renderPanel() {
  render(
    <Suspense>
      <AttestationPanel tools={null} />
    </Suspense>,
  );
  await screen.findByRole('heading', { name: 'Mon attestation de droits' });
}

describe('the attestation on a kiosk', () => {
  it('prints the PDF held in memory when the reception area has a printer, never a download', async () => {
    saveKioskConfig(kioskWithPrinter);
    const pdf = new Blob(['%PDF-1.7'], { type: 'application/pdf' });
    const fetch = vi.fn(() => Promise.resolve(new Response(pdf, { status: 200 })));
    vi.stubGlobal('fetch', fetch);
    const created = vi.fn(() => 'blob:http://localhost/attestation');
    vi.stubGlobal(
      'URL',
      Object.assign(URL, { createObjectURL: created, revokeObjectURL: vi.fn() }),
    );
    await renderPanel();
    expect(screen.queryByRole('link', { name: /Télécharger/ })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: "Imprimer l'attestation" }));
    expect(fetch).toHaveBeenCalledWith('/api/me/attestation.pdf', { credentials: 'same-origin' });
    const frame = await vi.waitFor(() => {
      const f = document.querySelector<HTMLIFrameElement>('iframe.d360-print-frame');
      if (!f) throw new Error('no frame yet');
      return f;
    });
    expect(frame.getAttribute('src')).toBe('blob:http://localhost/attestation');
    expect(created).toHaveBeenCalledWith(expect.any(Blob));
  });

  it('offers neither print nor download without a printer', async () => {
    saveKioskConfig(kioskWithoutPrinter);
    await renderPanel();
    expect(screen.queryByRole('button', { name: "Imprimer l'attestation" })).toBeNull();
    expect(screen.queryByRole('link', { name: /Télécharger/ })).toBeNull();
    expect(screen.getByText(/Sur une borne partagée/)).toBeVisible();
  });
});
