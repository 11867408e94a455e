// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { initI18n, registerStrings } from '../../app/i18n';
import { PagedTable } from './PagedTable';
import { simulatorStrings } from './strings';

initI18n('it');
registerStrings('simulators', simulatorStrings);
afterEach(cleanup);

describe('PagedTable', () => {
  it('is a table named by its caption, with the pager and the extra tools above it', async () => {
    const onPage = vi.fn();
    render(
      <PagedTable caption="Esito per domanda: da 51 a 100 di 120" page={2} pages={3} onPage={onPage} tools={<button type="button">Vai alla soglia</button>}>
        <tbody>
          <tr>
            <th scope="row">D-051</th>
            <td>Ammessa</td>
          </tr>
        </tbody>
      </PagedTable>,
    );
    const table = screen.getByRole('table', { name: 'Esito per domanda: da 51 a 100 di 120' });
    expect(within(table).getByRole('rowheader', { name: 'D-051' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Vai alla soglia' })).toBeInTheDocument();
    const pager = screen.getByRole('navigation', { name: 'Pagine della tabella' });
    await userEvent.setup().click(within(pager).getByRole('button', { name: 'Pagina precedente' }));
    expect(onPage).toHaveBeenCalledWith(1);
  });
});
