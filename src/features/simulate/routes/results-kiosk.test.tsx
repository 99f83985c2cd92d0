import 'fake-indexeddb/auto';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  kioskWithoutPrinter,
  kioskWithPrinter,
} from '../../../shared/lib/__fixtures__/kiosk-config.ts';
import { clearKioskConfig, saveKioskConfig } from '../../../shared/lib/device-mode.ts';
import { memoryStore } from '../api/answers-store.ts';
import { renderSimulate } from '../testing/render.tsx';
import { decodeFragment } from '../utils/fragment.ts';

vi.mock('../api/engine.ts', async () => {
  const { testEngine: engine } = await import('../testing/engine-results.ts');
  return { loadEngine: () => Promise.resolve(engine) };
});

afterEach(() => {
  act(() => {
    clearKioskConfig();
  });
  vi.restoreAllMocks();
});

async function results() {
  const store = memoryStore();
  await store.save({ answers: { couple: false, loyer: 650 }, benefits: [], prefilled: [] });
  await renderSimulate('/simuler/resultats', store);
  await screen.findByRole('region', { name: 'Revenu de solidarité active' });
}

describe('the results on a kiosk', () => {
  it('prints them when the reception area has a printer (never offered as a PDF to save)', async () => {
    saveKioskConfig(kioskWithPrinter);
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    await results();
    expect(screen.queryByRole('button', { name: 'Imprimer ou enregistrer en PDF' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Imprimer mes résultats' }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('offers no print button without a printer, and sends the answers to the phone in the fragment', async () => {
    saveKioskConfig(kioskWithoutPrinter);
    await results();
    expect(screen.queryByRole('button', { name: /^Imprimer/ })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Envoyer sur mon téléphone' }));
    const dialog = screen.getByRole('dialog', { name: 'Envoyer sur mon téléphone' });
    expect(
      await within(dialog).findByRole('img', {
        name: 'Code QR contenant le lien vers votre simulation',
      }),
    ).toBeVisible();
    const url = new URL(within(dialog).getByRole('link').getAttribute('href') ?? '');
    expect(url.pathname).toBe('/simuler/resultats');
    expect(url.search).toBe('');
    expect(decodeFragment(url.hash)?.answers).toEqual({ couple: false, loyer: 650 });
  });

  it('keeps today’s print on a personal device', async () => {
    await results();
    expect(screen.getByRole('button', { name: 'Imprimer ou enregistrer en PDF' })).toBeVisible();
  });
});
