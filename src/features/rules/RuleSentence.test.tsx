// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import i18next from 'i18next';
import { act } from 'react';
import type { JsonLogicRule } from '../../model/types';
import { PISA_REQUIREMENT } from '../../rules/fixtures';
import { buildFieldCatalog } from './fieldCatalog';
import { LintMessages } from './LintMessages';
import { RuleSentence } from './RuleSentence';
import { buoniSpesa } from './testing/buoniSpesa';
import './testing/renderRules';

const fields = buildFieldCatalog(buoniSpesa());

describe('RuleSentence', () => {
  test('a rule in the official’s words, amounts in euro', () => {
    render(<RuleSentence rule={PISA_REQUIREMENT} fields={fields} />);
    expect(screen.getByText('Valore ISEE è al massimo 16.500 € e Nucleo familiare ha almeno 1 elemento')).toBeInTheDocument();
  });

  test('no rule: the default or the given text', () => {
    const { rerender } = render(<RuleSentence rule={undefined} fields={fields} />);
    expect(screen.getByText('Nessuna condizione: vale sempre')).toBeInTheDocument();
    rerender(<RuleSentence rule={undefined} fields={fields} empty="Sempre visibile" />);
    expect(screen.getByText('Sempre visibile')).toBeInTheDocument();
  });

  test('follows the interface language', async () => {
    render(<RuleSentence rule={{ '<=': [{ var: 'figli_minori' }, 3] }} fields={fields} />);
    await act(() => i18next.changeLanguage('en'));
    expect(screen.getByText('Figli minori is at most 3')).toBeInTheDocument();
    await act(() => i18next.changeLanguage('it'));
    expect(screen.getByText('Figli minori è al massimo 3')).toBeInTheDocument();
  });
});

describe('LintMessages', () => {
  test('nothing for a clean rule', () => {
    const { container } = render(<LintMessages rule={PISA_REQUIREMENT} fields={fields} path="/requirements/0/rule" />);
    expect(container).toBeEmptyDOMElement();
  });

  test('a missing field and a date compared with a number, pointing into the rule', () => {
    const rule: JsonLogicRule = { and: [{ '==': [{ var: 'residnte' }, true] }, { '<': [{ var: 'data_richiesta' }, 5] }] };
    render(<LintMessages rule={rule} fields={fields} path="/requirements/0/rule" />);
    const items = screen.getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Errore');
    expect(items[0]).toHaveTextContent('«residnte», che non esiste nel servizio. Forse intendevi «residente»?');
    expect(items[0]).toHaveAttribute('data-path', '/requirements/0/rule/and/0/==/0');
    expect(items[1]).toHaveTextContent('Data della richiesta');
  });
});
