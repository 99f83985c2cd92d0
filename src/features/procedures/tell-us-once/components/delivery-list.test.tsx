import { render, screen } from '@testing-library/react';
import { createInstance } from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { expect, it } from 'vitest';
import common from '../../../../locales/fr/common.json';
import fr from '../../../../locales/fr/procedures-tell-us-once.json';
import { axeViolations } from '../../../../shared/ui/testing/axe.ts';
import { DeliveryList } from './delivery-list.tsx';

const at = Date.parse('2026-11-28T10:00:00Z');

it('gives each organisation its status, reference, and where to go when the person must act', async () => {
  const i18n = createInstance();
  await i18n.use(initReactI18next).init({
    lng: 'fr',
    resources: { fr: { 'procedures-tell-us-once': fr, common } },
    defaultNS: 'procedures-tell-us-once',
    interpolation: { escapeValue: false },
  });
  const { container } = render(
    <I18nextProvider i18n={i18n}>
      <DeliveryList
        deliveries={[
          {
            organisation: 'caf',
            status: 'needs-user',
            receipt: null,
            lastError: 'refus',
            attempts: 8,
            updatedAt: at,
          },
          {
            organisation: 'cpam',
            status: 'sent',
            receipt: 'CPAM-1',
            lastError: null,
            attempts: 1,
            updatedAt: at,
          },
          {
            organisation: 'impots',
            status: 'pending',
            receipt: null,
            lastError: null,
            attempts: 0,
            updatedAt: at,
          },
        ]}
      />
    </I18nextProvider>,
  );
  expect(screen.getByText('Action requise')).toBeVisible();
  const space = screen.getByRole('link', { name: 'Faire une demande de prestation à la CAF' });
  expect(space).toHaveAttribute('target', '_blank');
  expect(space).toHaveAttribute(
    'title',
    'Faire une demande de prestation à la CAF - nouvelle fenêtre',
  );
  expect(space.getAttribute('href')).toMatch(/^https:\/\//);
  expect(screen.getByText('Envoyé')).toBeVisible();
  expect(screen.getByText('Référence : CPAM-1')).toBeVisible();
  expect(screen.getByText('En cours d’envoi')).toBeVisible();
  expect(screen.getAllByRole('link')).toHaveLength(1);
  expect(await axeViolations(container)).toEqual([]);
});
