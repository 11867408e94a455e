// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { JourneyColumn } from './JourneyColumn';

afterEach(cleanup);

describe('JourneyColumn', () => {
  it('names the service above the page’s own content', () => {
    render(
      <JourneyColumn serviceTitle="Buoni spesa">
        <h1>Accedi al servizio</h1>
      </JourneyColumn>,
    );
    const kicker = screen.getByText('Buoni spesa');
    const heading = screen.getByRole('heading', { level: 1, name: 'Accedi al servizio' });
    expect(kicker.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('shows no empty line when the page does not name the service (the receipt says it in a sentence)', () => {
    const { container } = render(
      <JourneyColumn>
        <h1>Richiesta inviata</h1>
      </JourneyColumn>,
    );
    expect(container.querySelectorAll('p')).toHaveLength(0);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Richiesta inviata');
  });
});
