import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  kioskWithoutPrinter,
  kioskWithPrinter,
} from '../../../shared/lib/__fixtures__/kiosk-config.ts';
import { clearKioskConfig, saveKioskConfig } from '../../../shared/lib/device-mode.ts';
import { setupI18n } from '../../../shared/i18n/index.ts';
import { renderLifeEvents } from '../testing.tsx';

beforeAll(async () => {
  await setupI18n('fr');
});
afterEach(() => {
  act(() => {
    clearKioskConfig();
  });
  vi.restoreAllMocks();
});

const PRINT = 'Imprimer la liste des démarches';

describe('printing a life event’s checklist', () => {
  it('prints the steps alone, as boxes to tick, on a kiosk with a printer', async () => {
    saveKioskConfig(kioskWithPrinter);
    let printed: { sheet: string; marked: boolean; app: boolean } | undefined;
    vi.spyOn(window, 'print').mockImplementation(() => {
      const sheet = document.querySelector('body > .d360-print-sheet');
      printed = {
        sheet: sheet?.textContent ?? '',
        marked: document.documentElement.hasAttribute('data-d360-print'),
        app: sheet?.closest('main') !== null,
      };
    });
    await renderLifeEvents('/evenements-de-vie/naissance');
    await userEvent.click(await screen.findByRole('button', { name: PRINT }));
    expect(printed?.marked).toBe(true);
    expect(printed?.app).toBe(false); // outside the app: nothing else is on paper
    expect(printed?.sheet).toMatch(/^Liste des démarches : /);
    expect(printed?.sheet).toMatch(/Déclarer la naissance/i);
    expect(document.querySelectorAll('.d360-print-sheet .d360-check-item').length).toBeGreaterThan(
      2,
    );
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(document.querySelector('.d360-print-sheet')).toBeNull();
    expect(document.documentElement).not.toHaveAttribute('data-d360-print');
  });

  it('offers no print button on a kiosk without a printer', async () => {
    saveKioskConfig(kioskWithoutPrinter);
    await renderLifeEvents('/evenements-de-vie/naissance');
    expect(
      screen.getByRole('heading', { level: 2, name: 'Vos démarches, par délai' }),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: PRINT })).toBeNull();
  });

  it('keeps offering it on a personal device', async () => {
    await renderLifeEvents('/evenements-de-vie/naissance');
    expect(await screen.findByRole('button', { name: PRINT })).toBeVisible();
  });
});
