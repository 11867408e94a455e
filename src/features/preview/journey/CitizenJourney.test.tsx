// @vitest-environment jsdom
/**
 * The journey as a citizen clicks through it (outside the frame, which only
 * hosts it): service page, simulated login with SPID prefill, requirements,
 * a step validated in Italian, and an edit of the definition mid-way that
 * keeps the answers.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { bonusAlimentare } from '../../../compile/fixtures/bonusAlimentare';
import type { ServiceDefinition } from '../../../model/types';
import { JourneyHarness } from '../testing/JourneyHarness';

afterEach(() => cleanup());

const now = new Date('2026-03-10T09:00:00Z');

function buoniSpesa(): ServiceDefinition {
  const def = bonusAlimentare();
  def.status = 'published';
  def.requirements = [{ id: 'req-isee', name: 'ISEE fino a 9.360 €', rule: { '<=': [{ var: 'isee.value' }, 9360] }, message: 'ISEE troppo alto' }];
  return def;
}

function Harness({ definition }: { definition: ServiceDefinition }) {
  return <JourneyHarness definition={definition} now={now} municipality="Comune di Pisa" />;
}

describe('CitizenJourney', () => {
  it('from the service page to the first step, with the applicant prefilled by SPID', async () => {
    const user = userEvent.setup();
    render(<Harness definition={buoniSpesa()} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Buoni spesa – bonus alimentare' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Accedi al servizio' }));
    expect(screen.getByText('Accesso simulato: nell’anteprima entri come Mario Rossi.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Entra con SPID' }));

    const requirement = screen.getByText('ISEE fino a 9.360 €').closest('li')!;
    expect(requirement).toHaveAttribute('data-status', 'pending');
    expect(screen.getByText('Mario Rossi')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Inizia la domanda' }));

    expect(screen.getByRole('heading', { level: 1, name: 'Richiedente' })).toHaveFocus();
    expect(screen.getByLabelText(/^Nome/)).toHaveValue('Mario');
    expect(screen.getByLabelText(/^Codice fiscale/)).toHaveValue('RSSMRA85T10A182H');
    await user.click(screen.getByRole('button', { name: 'Avanti' }));
    expect(within(screen.getByText('Da correggere').closest('.errors') as HTMLElement).getByText('Il campo «CAP» è obbligatorio')).toBeInTheDocument();
  });

  it('keeps the answers when the definition changes under it', async () => {
    const user = userEvent.setup();
    const def = buoniSpesa();
    const { rerender } = render(<Harness definition={def} />);
    await user.click(screen.getByRole('button', { name: 'Accedi al servizio' }));
    await user.click(screen.getByRole('button', { name: 'Entra con SPID' }));
    await user.click(screen.getByRole('button', { name: 'Inizia la domanda' }));
    await user.type(screen.getByLabelText(/^CAP/), '56121');

    const edited = structuredClone(def);
    edited.steps[0].title = 'Chi presenta la domanda';
    rerender(<Harness definition={edited} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Chi presenta la domanda' })).toBeInTheDocument();
    expect(screen.getByLabelText(/^CAP/)).toHaveValue('56121');
  });

  it('a closed service blocks the start and says why', () => {
    const def = { ...buoniSpesa(), status: 'scheduled' as const, schedule: { opensAt: '2027-02-28T23:00:00.000Z', closesAt: null } };
    render(<Harness definition={def} />);
    expect(screen.getByRole('button', { name: 'Accedi al servizio' })).toBeDisabled();
    expect(screen.getByRole('status')).toHaveTextContent('Il servizio apre il 1 marzo 2027.');
  });
});
