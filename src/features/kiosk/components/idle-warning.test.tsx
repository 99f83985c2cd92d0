import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderKiosk } from '../testing.tsx';
import { IdleWarning } from './idle-warning.tsx';

beforeEach(() => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
  });
});
afterEach(() => {
  vi.useRealTimers();
});

const advance = (seconds: number) => {
  act(() => {
    vi.advanceTimersByTime(seconds * 1000);
  });
};

const warning = () => screen.queryByRole('alertdialog', { name: 'Êtes-vous toujours là ?' });

describe('the inactivity warning', () => {
  it('opens after the idle delay, announced, with a visible countdown, then resets', async () => {
    const onExpire = vi.fn();
    await renderKiosk(<IdleWarning idleSeconds={30} warningSeconds={20} onExpire={onExpire} />);
    advance(29);
    expect(warning()).toBeNull();
    advance(1);
    const dialog = warning();
    expect(dialog).not.toBeNull();
    expect(dialog).toHaveAccessibleDescription(/sera effacé pour la personne suivante/);
    expect(screen.getByRole('timer')).toHaveTextContent('Effacement dans 20 secondes');
    expect(screen.getByTestId('kiosk-idle-announce')).toHaveAttribute('aria-live', 'assertive');
    expect(screen.getByTestId('kiosk-idle-announce')).toHaveTextContent(
      'Cette borne va être effacée dans 20 secondes',
    );
    advance(5);
    expect(screen.getByRole('timer')).toHaveTextContent('Effacement dans 15 secondes');
    expect(screen.getByTestId('kiosk-idle-announce')).toHaveTextContent('dans 20 secondes');
    advance(6);
    expect(screen.getByTestId('kiosk-idle-announce')).toHaveTextContent('dans 10 secondes');
    expect(onExpire).not.toHaveBeenCalled();
    advance(9);
    expect(onExpire).toHaveBeenCalledTimes(1);
    advance(10);
    expect(onExpire).toHaveBeenCalledTimes(1);
  });

  it('can be extended ten times (and more), each time for a full idle delay', async () => {
    const onExpire = vi.fn();
    await renderKiosk(<IdleWarning idleSeconds={30} warningSeconds={20} onExpire={onExpire} />);
    for (let i = 0; i < 11; i++) {
      advance(30);
      expect(warning()).not.toBeNull();
      advance(19);
      fireEvent.click(screen.getByRole('button', { name: 'Je suis toujours là' }));
      expect(warning()).toBeNull();
    }
    advance(29);
    expect(warning()).toBeNull();
    expect(onExpire).not.toHaveBeenCalled();
  });

  it('counts any touch, key or scroll as activity before the warning', async () => {
    const onExpire = vi.fn();
    await renderKiosk(<IdleWarning idleSeconds={30} warningSeconds={20} onExpire={onExpire} />);
    advance(25);
    fireEvent.pointerDown(document.body);
    advance(25);
    fireEvent.keyDown(document.body, { key: 'a' });
    advance(25);
    expect(warning()).toBeNull();
    advance(5);
    expect(warning()).not.toBeNull();
  });
});
