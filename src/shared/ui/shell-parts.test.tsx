import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { MemoryRouter } from 'react-router';
import { expect, it, vi } from 'vitest';
import { Banner } from './banner.tsx';
import { FranceConnectButton } from './franceconnect-button.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { Modal } from './modal.tsx';
import { QuickExit } from './quick-exit.tsx';
import { axeViolations } from './testing/axe.ts';

it('modal: opens with a title, closes with its button and says why it exists', async () => {
  function Harness() {
    const [open, setOpen] = useState(false);
    return (
      <>
        <button
          type="button"
          onClick={() => {
            setOpen(true);
          }}
        >
          {'Ouvrir'}
        </button>
        <Modal
          id="m"
          title={'Paramètres'}
          closeLabel={'Fermer'}
          open={open}
          onClose={() => {
            setOpen(false);
          }}
        >
          <p>{'Contenu'}</p>
        </Modal>
      </>
    );
  }
  const { container } = render(<Harness />);
  await userEvent.click(screen.getByRole('button', { name: 'Ouvrir' }));
  const dialog = container.querySelector('dialog')!;
  expect(dialog).toHaveAttribute('open');
  expect(dialog).toHaveAttribute('aria-labelledby', 'm-title');
  expect(screen.getByRole('heading', { name: 'Paramètres' })).toBeInTheDocument();
  expect(await axeViolations(container)).toEqual([]);
  await userEvent.click(screen.getByRole('button', { name: 'Fermer' }));
  expect(dialog).not.toHaveAttribute('open');
});

it('language switch: lists languages in their own language and reports the choice', async () => {
  const onChange = vi.fn();
  const { container } = render(
    <LanguageSwitch
      current="fr"
      buttonTitle="Sélectionner une langue"
      options={[
        { code: 'fr', label: 'Français' },
        { code: 'en', label: 'English' },
      ]}
      onChange={onChange}
    />,
  );
  const toggle = screen.getByRole('button', { name: /^FR/ });
  expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await userEvent.click(toggle);
  expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const english = screen.getByRole('button', { name: 'EN - English' });
  expect(english).toHaveAttribute('lang', 'en');
  expect(await axeViolations(container)).toEqual([]);
  await userEvent.click(english);
  expect(onChange).toHaveBeenCalledWith('en');
});

it('quick exit replaces the page without adding to the history', async () => {
  const replace = vi.fn();
  vi.stubGlobal('location', { href: window.location.href, replace });
  render(<QuickExit label="Quitter rapidement ce site" to="https://meteofrance.com" />);
  await userEvent.click(screen.getByRole('button', { name: 'Quitter rapidement ce site' }));
  expect(replace).toHaveBeenCalledWith('https://meteofrance.com');
  vi.unstubAllGlobals();
});

it('FranceConnect button follows the charter and announces the new window', async () => {
  const { container } = render(
    <FranceConnectButton
      href="/auth/login"
      label="S’identifier avec FranceConnect"
      infoLabel="Qu’est-ce que FranceConnect ?"
      newWindowLabel="nouvelle fenêtre"
    />,
  );
  const login = screen.getByRole('link', { name: 'S’identifier avec FranceConnect' });
  expect(login).toHaveAttribute('href', '/auth/login');
  expect(screen.getByRole('link', { name: 'Qu’est-ce que FranceConnect ?' })).toHaveAttribute(
    'title',
    'Qu’est-ce que FranceConnect ? - nouvelle fenêtre',
  );
  expect(await axeViolations(container)).toEqual([]);
});

it('banner shows its title and text', async () => {
  const { container } = render(
    <MemoryRouter>
      <Banner title="Vous êtes hors ligne">{'Le simulateur reste disponible.'}</Banner>
    </MemoryRouter>,
  );
  expect(screen.getByText('Vous êtes hors ligne')).toBeVisible();
  expect(await axeViolations(container)).toEqual([]);
});
