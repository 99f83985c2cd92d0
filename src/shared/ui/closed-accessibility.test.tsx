import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { setupI18n } from '../i18n/index.ts';
import { resetDisplayComfort } from '../lib/closed-accessibility.ts';
import { stopReading } from '../lib/read-aloud.ts';
import { ClosedAccessibilityTools } from './closed-accessibility.tsx';
import { axeViolations } from './testing/axe.ts';

class Utterance {
  lang = '';
  voice: unknown = null;
  onend: (() => void) | null = null;
  onerror: (() => void) | null = null;
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
}
const spoken: Utterance[] = [];
const synth = {
  speak: vi.fn((u: Utterance) => spoken.push(u)),
  cancel: vi.fn(),
  getVoices: () => [
    { lang: 'en-GB', name: 'Daniel' },
    { lang: 'fr-FR', name: 'Amélie' },
  ],
};

beforeAll(async () => {
  await setupI18n('fr');
});
beforeEach(() => {
  spoken.length = 0;
  vi.stubGlobal('SpeechSynthesisUtterance', Utterance);
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
});
afterEach(() => {
  act(() => {
    stopReading();
    resetDisplayComfort();
  });
  vi.unstubAllGlobals();
  Reflect.deleteProperty(window, 'speechSynthesis');
});

async function renderTools() {
  const view = render(
    <Suspense>
      <ClosedAccessibilityTools />
      <main id="contenu">
        <h1>{'Simuler mes droits'}</h1>
        <p>{'Répondez à quelques questions.'}</p>
        <p className="d360-print-only">{'Imprimé le 3 décembre'}</p>
      </main>
    </Suspense>,
  );
  await screen.findByRole('button', { name: "Lire l'écran à voix haute" });
  return view;
}

describe('the closed-environment accessibility tools', () => {
  it('grows the root font size in steps and back, with the chosen step announced as pressed', async () => {
    const { container } = await renderTools();
    const group = screen.getByRole('group', { name: 'Taille du texte' });
    expect(group.querySelectorAll('button')).toHaveLength(4);
    await userEvent.click(screen.getByRole('button', { name: 'Texte très grand' }));
    expect(document.documentElement.style.fontSize).toBe('150%');
    expect(screen.getByRole('button', { name: 'Texte très grand' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Texte normal' }));
    expect(document.documentElement.style.fontSize).toBe('');
    expect(localStorage.length).toBe(0); // held in memory only
    expect(await axeViolations(container)).toEqual([]);
  });

  it('turns high contrast on and off, from the keyboard', async () => {
    await renderTools();
    const contrast = screen.getByRole('button', { name: 'Contraste renforcé' });
    contrast.focus();
    await userEvent.keyboard('{Enter}');
    expect(document.documentElement).toHaveAttribute('data-d360-contrast', 'high');
    expect(contrast).toHaveAttribute('aria-pressed', 'true');
    await userEvent.keyboard(' ');
    expect(document.documentElement).not.toHaveAttribute('data-d360-contrast');
  });

  it('reads the main content aloud with a French voice, and stops', async () => {
    await renderTools();
    await userEvent.click(screen.getByRole('button', { name: "Lire l'écran à voix haute" }));
    expect(spoken.map((u) => u.text)).toEqual([
      'Simuler mes droits',
      'Répondez à quelques questions.',
    ]);
    expect(spoken.every((u) => u.lang === 'fr-FR')).toBe(true);
    expect(spoken[0]?.voice).toEqual({ lang: 'fr-FR', name: 'Amélie' });
    expect(screen.getByRole('status')).toHaveTextContent('Lecture à voix haute en cours');
    await userEvent.click(screen.getByRole('button', { name: 'Arrêter la lecture' }));
    expect(synth.cancel).toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent('');
  });
});
