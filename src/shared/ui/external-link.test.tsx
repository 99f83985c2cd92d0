import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { Suspense } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setupI18n } from '../i18n/index.ts';
import { kioskWithoutPrinter } from '../lib/__fixtures__/kiosk-config.ts';
import { clearKioskConfig, saveKioskConfig } from '../lib/device-mode.ts';
import { ButtonLink } from './button.tsx';
import { ExternalLink } from './page.tsx';
import { axeViolations } from './testing/axe.ts';

beforeAll(async () => {
  await setupI18n('fr');
});
afterEach(() => {
  act(() => {
    clearKioskConfig();
  });
});

function renderLinks() {
  return render(
    <MemoryRouter>
      <Suspense>
        <ExternalLink
          href="https://www.service-public.fr/particuliers/vosdroits/F2141"
          newWindowLabel="nouvelle fenêtre"
        >
          {'Déclarer une naissance'}
        </ExternalLink>
        <ButtonLink
          to="https://caf.fr/allocataires/mon-compte"
          external={{ title: 'Mon compte CAF - nouvelle fenêtre' }}
        >
          {'Mon compte CAF'}
        </ButtonLink>
      </Suspense>
    </MemoryRouter>,
  );
}

describe('a link to another site', () => {
  it('opens in a new tab on a personal device', () => {
    renderLinks();
    const link = screen.getByRole('link', { name: 'Déclarer une naissance' });
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('on a kiosk never opens: it shows a QR code and the address written out', async () => {
    saveKioskConfig(kioskWithoutPrinter);
    const open = vi.spyOn(window, 'open');
    const { container } = renderLinks();
    const link = screen.getByRole('link', { name: 'Mon compte CAF' });
    expect(link).not.toHaveAttribute('target');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    await act(async () => {
      link.dispatchEvent(click);
      await Promise.resolve();
    });
    expect(click.defaultPrevented).toBe(true); // the browser does not follow it
    const dialog = await screen.findByRole('dialog', { name: 'Continuer sur mon téléphone' });
    expect(within(dialog).getByText('https://caf.fr/allocataires/mon-compte')).toBeVisible();
    expect(within(dialog).queryByRole('link')).toBeNull(); // written out, not a link
    expect(
      await within(dialog).findByRole('img', {
        name: 'Code QR de l’adresse de « Mon compte CAF »',
      }),
    ).toHaveAttribute('src', expect.stringMatching(/^data:image\/svg\+xml/));
    expect(open).not.toHaveBeenCalled();
    expect(await axeViolations(container)).toEqual([]);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Fermer' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
