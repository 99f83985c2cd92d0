import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setupI18n } from '../shared/i18n/index.ts';
import { axeViolations } from '../shared/ui/testing/axe.ts';
import { routes } from './router.tsx';

function renderAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  return { router, ...render(<Suspense>{<RouterProvider router={router} />}</Suspense>) };
}

describe('the shell', () => {
  beforeAll(async () => {
    await setupI18n('fr');
  });
  beforeEach(() => {
    localStorage.clear();
  });

  it('renders skip links, the navigation to the four pillars and the mandatory footer links', async () => {
    const { container } = renderAt('/');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Vos droits sociaux, au même endroit' }),
    ).toBeVisible();
    const skip = screen.getByRole('navigation', { name: 'Accès rapide' });
    expect(within(skip).getByRole('link', { name: 'Contenu' })).toHaveAttribute('href', '#contenu');
    const nav = screen.getByRole('navigation', { name: 'Menu principal' });
    for (const name of [
      'Voir mes droits',
      'Simuler mes droits',
      'Être alerté',
      'Engager des démarches',
    ]) {
      expect(within(nav).getByRole('link', { name })).toBeInTheDocument();
    }
    expect(within(nav).getByRole('link', { name: 'Accueil' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    const footer = screen.getByRole('contentinfo');
    for (const name of [
      'Accessibilité : partiellement conforme',
      'Mentions légales',
      'Données personnelles',
      'Plan du site',
    ]) {
      expect(within(footer).getByRole('link', { name })).toBeInTheDocument();
    }
    expect(await axeViolations(container)).toEqual([]);
  });

  it('sets the page title and moves focus to the new heading after navigation', async () => {
    renderAt('/');
    await screen.findByRole('heading', { level: 1 });
    expect(document.title).toBe('Vos droits sociaux, au même endroit — Droits360');
    await userEvent.click(
      within(screen.getByRole('navigation', { name: 'Menu principal' })).getByRole('link', {
        name: 'Être alerté',
      }),
    );
    const heading = await screen.findByRole(
      'heading',
      { level: 1, name: 'Mes alertes' },
      { timeout: 10_000 },
    );
    expect(document.title).toBe('Mes alertes — Droits360');
    expect(heading).toHaveFocus();
  });

  it('switches to the dark theme from the display settings and remembers it', async () => {
    renderAt('/aide');
    await screen.findByRole('heading', { level: 1, name: 'Aide' });
    await userEvent.click(screen.getByRole('button', { name: 'Paramètres d’affichage' }));
    await userEvent.click(screen.getByLabelText('Thème sombre'));
    expect(document.documentElement).toHaveAttribute('data-fr-theme', 'dark');
    expect(localStorage.getItem('droits360.scheme')).toBe('dark');
  });

  it('changes the language of the interface and of the document', async () => {
    renderAt('/');
    await screen.findByRole('heading', { level: 1 });
    await userEvent.click(screen.getAllByRole('button', { name: /^FR/ })[0]!);
    await userEvent.click(screen.getAllByRole('button', { name: 'EN - English' })[0]!);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your social rights, in one place' }),
    ).toBeVisible();
    expect(document.documentElement).toHaveAttribute('lang', 'en');
    expect(localStorage.getItem('droits360.lang')).toBe('en');
    await userEvent.click(screen.getAllByRole('button', { name: /^EN/ })[0]!);
    await userEvent.click(screen.getAllByRole('button', { name: 'FR - Français' })[0]!);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Vos droits sociaux, au même endroit' }),
    ).toBeVisible();
  });

  it('shows a helpful 404 for an unknown address', async () => {
    renderAt('/nulle-part');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page non trouvée' }),
    ).toBeVisible();
    expect(
      within(screen.getByRole('main')).getByRole('link', { name: 'Plan du site' }),
    ).toHaveAttribute('href', '/plan-du-site');
  });

  it('renders a life event with its steps in order and registry links opening a new window', async () => {
    const { container } = renderAt('/evenements-de-vie/demenagement');
    expect(await screen.findByRole('heading', { level: 1, name: 'Je déménage' })).toBeVisible();
    const steps = screen.getAllByRole('listitem').filter((li) => li.closest('ol'));
    expect(steps.length).toBeGreaterThanOrEqual(3);
    const link = screen.getByRole('link', { name: 'Signaler un changement de coordonnées' });
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute(
      'title',
      'Signaler un changement de coordonnées - nouvelle fenêtre',
    );
    expect(screen.getByRole('link', { name: 'Estimer mes droits' })).toHaveAttribute(
      'href',
      '/simuler?benefits=aide_logement&situation=demenagement',
    );
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says so when a life event does not exist', async () => {
    renderAt('/evenements-de-vie/inconnu');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Évènement de vie introuvable' }),
    ).toBeVisible();
  });
});
