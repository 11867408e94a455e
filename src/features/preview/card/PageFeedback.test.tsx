// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { PageFeedback } from './PageFeedback';

const element = (name: string) => document.querySelector(`[data-element="${name}"]`) as HTMLElement;

describe('PageFeedback (preview)', () => {
  afterEach(cleanup);

  it('a low rating asks where the difficulties were; a high one what went well; «Invia» thanks', async () => {
    const user = userEvent.setup();
    render(<PageFeedback language="it" iconsUrl="/sprites.svg" />);
    expect(element('feedback-rating-negative').hidden).toBe(true);
    await user.click(screen.getByLabelText('Valuta 2 stelle su 5'));
    expect(element('feedback-rating-negative').hidden).toBe(false);
    expect(element('feedback-rating-positive').hidden).toBe(true);
    await user.click(screen.getByLabelText('Valuta 5 stelle su 5'));
    expect(element('feedback-rating-positive').hidden).toBe(false);
    expect(element('feedback-rating-negative').hidden).toBe(true);
    await user.click(screen.getByLabelText('Le indicazioni erano chiare'));
    await user.click(screen.getByRole('button', { name: 'Invia' }));
    expect(screen.getByRole('status').textContent).toBe('Grazie, il tuo parere ci aiuterà a migliorare il servizio!');
  });

  it('speaks English in an English preview', () => {
    render(<PageFeedback language="en" iconsUrl="/sprites.svg" />);
    expect(element('feedback-title').textContent).toBe('How clear is the information on this page?');
  });
});
