// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { IssueTable } from './IssueTable';

describe('IssueTable', () => {
  afterEach(cleanup);

  it('lists each problem beside its JSON path, under the headers it is given', () => {
    render(
      <IssueTable
        issues={[
          { path: '/flow/steps/0/nodes/2/props/amount', message: 'Form.io non sa calcolare questa formula' },
          { path: '/card/title', message: 'Il titolo è obbligatorio' },
        ]}
        pathHeader="Dove"
        problemHeader="Problema"
        wholeLabel="(tutto il file)"
      />,
    );
    expect(screen.getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Dove', 'Problema']);
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent))).toEqual([
      ['/flow/steps/0/nodes/2/props/amount', 'Form.io non sa calcolare questa formula'],
      ['/card/title', 'Il titolo è obbligatorio'],
    ]);
  });

  it('names a problem of the whole document when its path is empty', () => {
    render(<IssueTable issues={[{ path: '', message: 'Non è un file JSON' }]} pathHeader="Percorso" problemHeader="Problema" wholeLabel="(tutto il file)" />);
    expect(screen.getByRole('cell', { name: '(tutto il file)' })).toBeTruthy();
  });
});
