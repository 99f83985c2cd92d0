import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../../../shared/ui/testing/axe.ts';
import { memoryStore } from '../api/answers-store.ts';
import { renderSimulate } from '../testing/render.tsx';

vi.mock('../api/engine.ts', () => ({ loadEngine: () => new Promise(() => undefined) }));

const next = () => userEvent.click(screen.getByRole('button', { name: 'Continuer' }));
const choose = async (name: string | RegExp) => {
  await userEvent.click(screen.getByRole('radio', { name }));
  await next();
};
const type = async (label: RegExp, text: string) => {
  await userEvent.type(screen.getByRole('textbox', { name: label }), text);
  await next();
};

describe('questionnaire (one question per screen)', () => {
  it('walks a single parent of two through the questions in order, each screen accessible', async () => {
    const store = memoryStore();
    const { container } = await renderSimulate('/simuler/questions', store);
    const seen: string[] = [];
    const record = async () => {
      const legend = container.querySelector('legend, label')?.textContent ?? '';
      seen.push(legend);
      expect(await axeViolations(container)).toEqual([]);
    };
    await screen.findByRole('radio', { name: 'Non' });
    await record();
    await choose('Non');
    await record();
    await type(/Votre date de naissance/, '14/03/1991');
    await type(/Combien d’enfants/, '2');
    await type(/enfant 1/, '02/09/2017');
    await type(/enfant 2/, '20/05/2021');
    await choose('Non');
    await choose(/En emploi/);
    await choose('Non');
    await choose(/logement vide/);
    await type(/loyer mensuel/, '720');
    await choose(/Grande agglomération/);
    await type(/salaire mensuel net/, '950');
    expect(screen.getByText(/^Question \d+ sur/)).toHaveTextContent('Question 13 sur 14');
    await type(/revenus imposables en \d{4}.*pour l’année/, '11 000');
    await type(/pension alimentaire/, '150');
    const draft = await store.load();
    expect(Object.keys(draft.answers)).toHaveLength(14);
    expect(draft.answers).toMatchObject({
      couple: false,
      'p1.date_naissance': '1991-03-14',
      nb_enfants: 2,
      loyer: 720,
      'p1.salaire_net': 950,
      'p1.revenus_n2': 11000,
    });
    expect(seen[0]).toMatch(/Vivez-vous en couple/);
  }, 20_000); // thirteen screens, each checked with axe, on a shared machine

  it('explains bad input in French and keeps what was typed', async () => {
    await renderSimulate('/simuler/questions?q=p1.date_naissance');
    const input = await screen.findByRole('textbox', { name: /Votre date de naissance/ });
    await userEvent.type(input, '31/02/1991');
    await next();
    expect(input).toHaveAccessibleDescription(/Indiquez une date réelle au format JJ\/MM\/AAAA/);
    expect(input).toHaveValue('31/02/1991');
    expect(input).toHaveFocus();
    expect(document.title).toBe('Erreur : Simuler mes droits — Droits360');
  });

  it('asks to choose before continuing, and goes back to the previous question', async () => {
    await renderSimulate('/simuler/questions');
    await screen.findByRole('radio', { name: 'Oui' });
    await next();
    expect(
      within(screen.getByRole('group')).getByText('Choisissez une réponse pour continuer.'),
    ).toBeInTheDocument();
    await choose('Oui');
    expect(screen.getByRole('textbox', { name: /Votre date de naissance/ })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retour' }));
    expect(screen.getByRole('radio', { name: 'Oui' })).toBeChecked();
  });

  it('opens pre-oriented from life-event links', async () => {
    const store = memoryStore();
    await renderSimulate('/simuler/questions?benefits=logement&situation=retraite', store);
    await screen.findByRole('radio', { name: 'Oui' });
    const draft = await store.load();
    expect(draft.benefits).toEqual(['aide_logement']);
    expect(draft.answers).toEqual({ 'p1.activite': 'retraite' });
  });
});
