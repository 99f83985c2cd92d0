import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { lifeEvents, links } from '../../../shared/content/index.ts';
import { setupI18n } from '../../../shared/i18n/index.ts';
import { deviceMode, leaveDiscreet } from '../../../shared/lib/device-mode.ts';
import { axeViolations } from '../../../shared/ui/testing/axe.ts';
import { renderLifeEvents } from '../testing.tsx';

const registryUrls = new Set(links.flatMap((l) => [l.url, l.fallback]));

beforeAll(async () => {
  await setupI18n('fr');
});

describe('a life-event page', () => {
  it('shows the death journey by deadline, as an ordered list of headings', async () => {
    const { container } = await renderLifeEvents('/evenements-de-vie/deces-proche');
    const steps = screen.getByRole('heading', { level: 2, name: 'Vos démarches, par délai' });
    const timeline = steps.parentElement?.querySelector('ol');
    if (!timeline) throw new Error('pas de frise');
    const deadlines = within(timeline).getAllByRole('heading', { level: 3 });
    expect(deadlines[0]).toHaveTextContent('Dans les 24 heures');
    expect(deadlines.map((h) => h.textContent)).toContain('Dans le mois');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says the death is certified by a doctor, not at the town hall', async () => {
    await renderLifeEvents('/evenements-de-vie/deces-proche');
    const step = screen.getByRole('heading', {
      level: 4,
      name: 'Faire constater le décès par un médecin',
    }).parentElement;
    if (!step) throw new Error('pas d’étape');
    expect(within(step).getByText(/Auprès de : Médecin/)).toBeVisible();
    expect(within(step).queryByText(/Auprès de : Mairie/)).toBeNull();
  });

  it.each(lifeEvents.map((e) => e.slug))(
    '%s: every external link comes from the registry and says it opens a new window',
    async (slug) => {
      const { container } = await renderLifeEvents(`/evenements-de-vie/${slug}`);
      const external = [...container.querySelectorAll('a[target="_blank"]')];
      expect(external.length).toBeGreaterThan(0);
      for (const a of external) {
        expect(registryUrls).toContain(a.getAttribute('href'));
        expect(a.getAttribute('rel')).toContain('noopener');
        expect(a.getAttribute('title')).toMatch(/ - nouvelle fenêtre$/);
      }
    },
  );

  it('lists the organisations concerned with why, and opens the simulator on the benefits', async () => {
    await renderLifeEvents('/evenements-de-vie/recherche-emploi');
    const orgs = screen.getByRole('heading', { level: 2, name: /organismes concernés/ });
    const section = orgs.closest('section');
    if (!section) throw new Error('pas de section organismes');
    expect(
      within(section).getByRole('heading', { level: 3, name: 'France Travail' }),
    ).toBeVisible();
    expect(within(section).getByText('Téléphone : 39 49')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Estimer mes droits' }).getAttribute('href')).toMatch(
      /^\/simuler\?benefits=rsa,ppa.*&situation=emploi$/,
    );
  });

  it('offers the tell-us-once declaration and the prefilled procedures of the event', async () => {
    await renderLifeEvents('/evenements-de-vie/demenagement');
    expect(
      screen.getByRole('link', {
        name: 'Déclarer ce changement une seule fois à tous les organismes concernés',
      }),
    ).toHaveAttribute('href', '/demarches/changement-de-situation');
    expect(screen.getByRole('link', { name: 'Demander une aide au logement' })).toHaveAttribute(
      'href',
      '/demarches/formulaires/aide-logement',
    );
  });

  it('keeps the discreet mode when the discreet journey leads to the declaration', async () => {
    await renderLifeEvents('/evenements-de-vie/violences-conjugales');
    expect(
      screen.getByRole('link', {
        name: 'Déclarer ce changement une seule fois à tous les organismes concernés',
      }),
    ).toHaveAttribute('href', '/demarches/changement-de-situation?discret=1');
  });

  it('answers an unknown slug with a helpful page inside the feature', async () => {
    const { container } = await renderLifeEvents('/evenements-de-vie/deces');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Évènement de vie introuvable' }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Un proche est décédé' })).toHaveAttribute(
      'href',
      '/evenements-de-vie/deces-proche',
    );
    expect(screen.getByRole('link', { name: 'Voir tous les évènements de vie' })).toBeVisible();
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('the discreet journey', () => {
  // The quick exit is the shell's (src/app/discreet-journey.test.tsx); jsdom's location cannot be
  // spied on: e2e/shell.spec.ts checks the replacement in a browser.
  it('opens the discreet mode with a neutral title', async () => {
    const { container } = await renderLifeEvents('/evenements-de-vie/violences-conjugales');
    expect(deviceMode()).toBe('discreet');
    expect(document.title).toMatch(/^Informations pratiques/);
    expect(await axeViolations(container)).toEqual([]);
    act(() => {
      leaveDiscreet();
    });
  });

  it('goes back to the list without adding a history entry', async () => {
    const { router } = await renderLifeEvents('/evenements-de-vie/violences-conjugales');
    await userEvent.click(screen.getByRole('link', { name: 'Voir tous les évènements de vie' }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/evenements-de-vie');
    });
    expect(router.state.historyAction).toBe('REPLACE');
  });

  it('is the only journey without the quick exit button elsewhere', async () => {
    await renderLifeEvents('/evenements-de-vie/naissance');
    expect(screen.queryByRole('button', { name: 'Quitter rapidement ce site' })).toBeNull();
    expect(document.head.querySelector('meta[name="robots"]')).toBeNull();
  });
});
