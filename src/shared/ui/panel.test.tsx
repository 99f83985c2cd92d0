import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DownloadLink } from './download-link.tsx';
import { Facts, ItemTitle, Panel } from './panel.tsx';
import { SmallButton } from './small-button.tsx';
import { axeViolations } from './testing/axe.ts';

describe('Panel, Facts, ItemTitle, SmallButton, DownloadLink', () => {
  it('names the region by its heading and lists facts as terms and definitions', async () => {
    const onClick = vi.fn();
    const { container } = render(
      <Panel
        id="situation"
        title="Ma situation"
        tools={
          <SmallButton onClick={onClick} pressed>
            Épingler
          </SmallButton>
        }
      >
        <ItemTitle>Logement</ItemTitle>
        <Facts items={[{ label: 'Adresse', value: '3 rue des Essais' }]} />
        <DownloadLink href="/f.pdf" label="Télécharger" detail="PDF" />
      </Panel>,
    );
    expect(screen.getByRole('region', { name: 'Ma situation' })).toBeVisible();
    expect(screen.getByRole('heading', { level: 3, name: 'Logement' })).toBeVisible();
    expect(screen.getByRole('definition')).toHaveTextContent('3 rue des Essais');
    expect(screen.getByRole('button', { name: 'Épingler' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    screen.getByRole('button', { name: 'Épingler' }).click();
    expect(onClick).toHaveBeenCalledOnce();
    expect(screen.getByRole('link', { name: /^Télécharger\s?PDF$/ })).toHaveAttribute('download');
    expect(await axeViolations(container)).toEqual([]);
  });
});
