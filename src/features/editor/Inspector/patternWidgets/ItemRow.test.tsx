// @vitest-environment jsdom
/** The parts every numbered pattern list item shares: its head and its name field. */
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../../../app/i18n';
import { ItemHead } from './ItemHead';
import { ItemLabelField } from './ItemLabelField';

initI18n('it');
afterEach(cleanup);

function head(readOnly: boolean, index = 1) {
  const onMove = vi.fn();
  const onRemove = vi.fn();
  render(
    <>
      <ItemHead index={index} count={3} htmlFor="c2" title="Criterio 2" name="ISEE più basso" readOnly={readOnly} onMove={onMove} onRemove={onRemove} />
      <input id="c2" />
    </>,
  );
  return { onMove, onRemove };
}

describe('ItemHead', () => {
  it('numbers the item, labels its first control and names the buttons after it', async () => {
    const user = userEvent.setup();
    const { onMove, onRemove } = head(false);
    expect(screen.getByLabelText('Criterio 2')).toHaveAttribute('id', 'c2');
    expect(screen.getByText('2')).toHaveAttribute('aria-hidden', 'true');
    await user.click(screen.getByRole('button', { name: 'Sposta su «ISEE più basso»' }));
    expect(onMove).toHaveBeenCalledWith(1, 0);
    await user.click(screen.getByRole('button', { name: 'Elimina «ISEE più basso»' }));
    expect(onRemove).toHaveBeenCalledWith(1);
  });

  it('offers no buttons on a read-only service', () => {
    head(true);
    expect(screen.queryAllByRole('button')).toEqual([]);
  });
});

describe('ItemLabelField', () => {
  it('reports each keystroke and commits on leaving the field', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const onCommit = vi.fn();
    render(<ItemLabelField id="name" value="" error={null} readOnly={false} onChange={onChange} onCommit={onCommit} />);
    const field = screen.getByRole('textbox');
    expect(field).not.toHaveAttribute('aria-invalid');
    await user.type(field, 'Ab');
    expect(onChange.mock.calls).toEqual([['A'], ['b']]);
    expect(onCommit).not.toHaveBeenCalled();
    await user.tab();
    expect(onCommit).toHaveBeenCalledTimes(1);
  });

  it('shows its problem under it and ties it to the field for screen readers', () => {
    render(<ItemLabelField id="name" value=" " error="Il nome del criterio è vuoto" readOnly={false} onChange={() => {}} onCommit={() => {}} />);
    const field = screen.getByRole('textbox');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription('Il nome del criterio è vuoto');
  });

  it('cannot be edited on a read-only service', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<ItemLabelField id="name" value="Reddito" error={null} readOnly onChange={onChange} onCommit={() => {}} />);
    await user.type(screen.getByRole('textbox'), 'x');
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByRole('textbox')).toHaveValue('Reddito');
  });
});
