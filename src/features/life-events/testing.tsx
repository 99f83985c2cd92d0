// Renders the feature's routes in a memory router with French texts.
import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { LifeEventPage } from './routes/life-event-page.tsx';
import { LifeEventsPage } from './routes/life-events-page.tsx';

/** Resolves once the page's main heading is there (the router renders asynchronously). */
export async function renderLifeEvents(path: string) {
  const router = createMemoryRouter(
    [
      { path: '/evenements-de-vie', Component: LifeEventsPage },
      { path: '/evenements-de-vie/:slug', Component: LifeEventPage },
      { path: '*', element: null },
    ],
    { initialEntries: ['/', path], initialIndex: 1 },
  );
  const result = render(<RouterProvider router={router} />);
  await screen.findByRole('heading', { level: 1 });
  return { router, ...result };
}
