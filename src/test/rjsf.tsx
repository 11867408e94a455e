/**
 * Test helper: renders one step of a compiled flow with @rjsf/core exactly as
 * the citizen preview does (`stepFormProps`), and submits it like a user.
 */
import Form from '@rjsf/core';
import type { IChangeEvent } from '@rjsf/core';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, vi } from 'vitest';
import { stepFormProps } from '../compile/formProps';
import type { CompiledFlow } from '../compile/types';

// Vitest runs without globals here, so Testing Library cannot register its own cleanup.
afterEach(() => cleanup());

export function renderStep(compiled: CompiledFlow, step: number | string = 0, formData?: unknown) {
  const onSubmit = vi.fn<(e: IChangeEvent) => void>();
  const onError = vi.fn();
  const props = stepFormProps(compiled, step);
  const utils = render(<Form {...props} formData={formData} onSubmit={onSubmit} onError={onError} />);
  const user = userEvent.setup();
  return {
    ...utils,
    user,
    onSubmit,
    onError,
    /** Clicks the submit button. */
    submit: () => user.click(screen.getByRole('button', { name: /^(invia|avanti|send|next)$/i })),
    /** The data of the last successful submit. */
    submitted: () => onSubmit.mock.calls.at(-1)?.[0].formData,
  };
}
