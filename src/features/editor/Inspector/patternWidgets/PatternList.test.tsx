// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PatternList } from './PatternList';

afterEach(cleanup);

function list(count: number, extra: { maxItems?: number; readOnly?: boolean; description?: string } = {}) {
  const root = createRef<HTMLElement | null>() as { current: HTMLElement | null };
  const onAdd = vi.fn();
  render(
    <PatternList label="Criteri di punteggio" root={root} emptyText="Nessun criterio" count={count} readOnly={false} addLabel="Aggiungi un criterio" onAdd={onAdd} {...extra}>
      {Array.from({ length: count }, (_, i) => (
        <li key={i}>Criterio {i + 1}</li>
      ))}
    </PatternList>,
  );
  return { root, onAdd };
}

describe('PatternList', () => {
  it('is a group named by the prop, with its items in order and the add button', async () => {
    const { root, onAdd } = list(2, { description: 'Sommati per ogni domanda' });
    const group = screen.getByRole('group', { name: 'Criteri di punteggio' });
    expect(root.current).toBe(group);
    expect(screen.getByText('Sommati per ogni domanda')).toBeInTheDocument();
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Criterio 1', 'Criterio 2']);
    expect(screen.queryByText('Nessun criterio')).not.toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Aggiungi un criterio' }));
    expect(onAdd).toHaveBeenCalledTimes(1);
  });

  it('says what an empty list means', () => {
    list(0);
    expect(screen.getByText('Nessun criterio')).toBeInTheDocument();
  });

  it('offers no add button once full, nor on a read-only service', () => {
    list(3, { maxItems: 3 });
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    cleanup();
    list(1, { readOnly: true });
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
