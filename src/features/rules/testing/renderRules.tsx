/**
 * Renders rule components in tests with Italian strings and a parent that
 * holds the rule, as the editor's store would: every emitted rule is recorded.
 */
import { cleanup, render } from '@testing-library/react';
import { useState, type ReactElement } from 'react';
import { afterEach } from 'vitest';
import { initI18n } from '../../../app/i18n';
import type { JsonLogicRule } from '../../../model/types';
import '../useRulesI18n';

initI18n('it');
// Vitest runs without globals here, so Testing Library cannot register its own cleanup.
afterEach(() => cleanup());

type Rule = JsonLogicRule | undefined;

/**
 * Renders `builder(value, onChange)` inside a stateful parent starting at
 * `initial`; `emitted` collects every rule passed to onChange, `last()` the latest.
 */
export function renderControlled(builder: (value: Rule, onChange: (rule: Rule) => void) => ReactElement, initial?: Rule) {
  const emitted: Rule[] = [];
  function Parent() {
    const [value, setValue] = useState<Rule>(initial);
    return builder(value, (rule) => {
      emitted.push(rule);
      setValue(rule);
    });
  }
  const result = render(<Parent />);
  return { ...result, emitted, last: () => emitted[emitted.length - 1] };
}
