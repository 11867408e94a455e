import { describe, expect, it } from 'vitest';
import { INFO_FIELD } from '../shared/uiFields';
import { describeBlockContract, nodeOf, testContext } from '../testing/contract';
import { infoTextBlock } from './definition';
import { markdownExcerpt } from './markdownExcerpt';
import { renderMarkdown } from './renderMarkdown';

describeBlockContract(infoTextBlock);

describe('testo informativo', () => {
  it('non ha risposta: solo uiSchema con il markdown', () => {
    const out = infoTextBlock.compile(nodeOf(infoTextBlock, { content: '## Chi può chiedere il bonus', variant: 'warning' }), testContext());
    expect(out.schema).toBeUndefined();
    expect(out.required).toBe(false);
    expect(out.uiSchema).toEqual({
      'ui:field': INFO_FIELD,
      'ui:options': { markdown: '## Chi può chiedere il bonus', variant: 'warning' },
    });
  });

  it('fuori dal browser mostra testo semplice, senza HTML', () => {
    // Node environment: DOMPurify cannot sanitise, so nothing is rendered as HTML.
    expect(renderMarkdown('Ciao <img src=x onerror=alert(1)>\n\nSecondo')).toBe(
      '<p>Ciao &lt;img src=x onerror=alert(1)&gt;</p><p>Secondo</p>',
    );
  });

  it('riassume l’inizio del testo senza markup', () => {
    expect(markdownExcerpt('## Requisiti\n\n- essere **residenti** nel [Comune](https://example.it)')).toBe(
      'Requisiti essere residenti nel Comune',
    );
    expect(markdownExcerpt('a'.repeat(100)).length).toBe(60);
  });
});
