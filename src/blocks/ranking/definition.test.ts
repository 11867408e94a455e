// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderStep } from '../../test/rjsf';
import { describeBlockContract, nodeOf, testContext } from '../testing/contract';
import { flowOf } from '../testing/patterns';
import { rankingBlock } from './definition';
import { rankingConfig } from './config';

describeBlockContract(rankingBlock);

describe('graduatoria', () => {
  it('non chiede nulla: compila uno spazio di sola lettura con i criteri', () => {
    const out = rankingBlock.compile(nodeOf(rankingBlock, { publicationDate: '2026-06-30' }), testContext());
    expect(out.required).toBe(false);
    expect(out.schema).toMatchObject({ type: 'null', readOnly: true, 'x-pattern': 'ranking' });
    const markdown = (out.uiSchema['ui:options'] as { markdown: string }).markdown;
    expect(markdown).toContain('Il punteggio sarà calcolato in base alle risposte, secondo questi criteri:');
    expect(markdown).toContain('- Unico genitore presente \\(A1\\)');
    expect(markdown).toContain('Posti disponibili: 40. Chi non rientra nei posti resta in lista d’attesa. La graduatoria sarà pubblicata il 30/6/2026.');
  });

  it('il codice di esportazione è tecnico e passa nello schema', () => {
    expect(rankingBlock.technicalProps).toEqual(['exportCode']);
    const out = rankingBlock.compile(nodeOf(rankingBlock, { exportCode: 'NIDI_2026' }), testContext());
    expect(out.schema!['x-export-code']).toBe('NIDI_2026');
  });

  it('riassume criteri e posti', () => {
    expect(rankingBlock.summary!(nodeOf(rankingBlock))).toBe('5 criteri · 40 posti · lista d’attesa');
    expect(rankingBlock.summary!(nodeOf(rankingBlock, { criteria: [], places: 1, waitingList: false }))).toBe('0 criteri · 1 posto');
  });

  it('indica dove stanno le regole dei punti', () => {
    const node = nodeOf(rankingBlock);
    const rules = rankingBlock.rules!(node);
    expect(rules.map((r) => r.path)).toEqual([0, 1, 2, 3, 4].map((i) => `/props/criteria/${i}/points`));
    expect(rules[0].rule).toEqual({ if: [{ var: 'solo_genitore' }, 15, 0] });
    expect(rankingBlock.rules!({ ...node, props: { criteria: [null, { label: 'senza punti' }, 'x'] } } as never)).toEqual([]);
  });

  it('legge le impostazioni per il motore della graduatoria, scartando le voci rovinate', () => {
    const config = rankingConfig({
      criteria: [{ id: 'isee', label: 'ISEE', points: 3 }, { label: 'senza codice', points: 1 }],
      tieBreakers: [{ kind: 'submitted-asc', label: 'Prima' }, { kind: 'a caso', label: 'x' }],
      places: 12.7,
    });
    expect(config).toEqual({
      criteria: [{ id: 'isee', label: 'ISEE', points: 3 }],
      tieBreakers: [{ kind: 'submitted-asc', label: 'Prima' }],
      places: 12,
    });
  });

  it('si vede con @rjsf/core come testo, e non aggiunge risposte', async () => {
    const r = renderStep(flowOf(nodeOf(rankingBlock, {}, 'graduatoria')), 0);
    expect(screen.getByTestId('mattoncini-pattern')).toHaveTextContent('Il punteggio sarà calcolato in base alle risposte');
    await r.submit();
    expect(r.submitted()).not.toHaveProperty('graduatoria');
  });
});
