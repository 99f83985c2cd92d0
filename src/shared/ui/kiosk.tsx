// The kiosk's own markup: the bar shown on every screen, the main tasks as very large touch
// targets, the language choice and a large number. Loaded with the kiosk chunk only.
import './kiosk.css';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

export function KioskBar({
  label,
  name,
  children,
}: {
  readonly label: string;
  readonly name: string;
  readonly children: ReactNode;
}) {
  return (
    <section className="d360-kiosk-bar" aria-label={label} data-testid="kiosk-bar">
      <div className="fr-container d360-kiosk-bar__inner">
        <p className="d360-kiosk-bar__name">{name}</p>
        <div className="d360-kiosk-bar__actions">{children}</div>
      </div>
    </section>
  );
}

export type KioskTask =
  | { readonly id: string; readonly label: string; readonly to: string }
  | { readonly id: string; readonly label: string; readonly onClick: () => void };

export function KioskTasks({
  label,
  tasks,
}: {
  readonly label: string;
  readonly tasks: readonly KioskTask[];
}) {
  return (
    <ul className="d360-kiosk-tasks" aria-label={label}>
      {tasks.map((task) => (
        <li key={task.id}>
          {'to' in task ? (
            <Link
              className="fr-btn fr-btn--lg d360-kiosk-task"
              data-kiosk-task={task.id}
              to={task.to}
            >
              {task.label}
            </Link>
          ) : (
            <button
              type="button"
              className="fr-btn fr-btn--lg fr-btn--secondary d360-kiosk-task"
              data-kiosk-task={task.id}
              onClick={task.onClick}
            >
              {task.label}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

export function KioskLanguages({
  label,
  current,
  options,
  onChoose,
}: {
  readonly label: string;
  readonly current: string;
  readonly options: readonly { readonly code: string; readonly label: string }[];
  readonly onChoose: (code: string) => void;
}) {
  return (
    <ul className="d360-kiosk-languages" aria-label={label}>
      {options.map((o) => (
        <li key={o.code}>
          <button
            type="button"
            lang={o.code}
            className={`fr-btn${o.code === current ? '' : ' fr-btn--secondary'}`}
            aria-pressed={o.code === current}
            onClick={() => {
              onChoose(o.code);
            }}
          >
            {o.label}
          </button>
        </li>
      ))}
    </ul>
  );
}

export function BigNumber({
  children,
  testId,
}: {
  readonly children: ReactNode;
  readonly testId?: string;
}) {
  return (
    <p className="d360-kiosk-number" data-testid={testId}>
      {children}
    </p>
  );
}

export function Countdown({ children }: { readonly children: ReactNode }) {
  return (
    <p className="d360-kiosk-countdown" role="timer" aria-live="off" data-testid="kiosk-countdown">
      {children}
    </p>
  );
}

/** Said to screen readers at once (role-less live text, visually hidden). */
export function LiveAnnouncement({
  children,
  testId,
}: {
  readonly children: string;
  readonly testId?: string;
}) {
  return (
    <p className="fr-sr-only" aria-live="assertive" data-testid={testId}>
      {children}
    </p>
  );
}

/** A status line under the kiosk bar ("Effacement en cours…"). */
export function KioskNotice({ children }: { readonly children: ReactNode }) {
  return (
    <p role="status" className="fr-container fr-my-2w">
      {children}
    </p>
  );
}
