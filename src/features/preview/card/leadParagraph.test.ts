// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../blocks/infoText/renderMarkdown';
import { withLeadParagraph } from './leadParagraph';

const firstParagraph = (markdown: string) => {
  const div = document.createElement('div');
  div.innerHTML = renderMarkdown(withLeadParagraph(markdown));
  return div.querySelector('p')?.textContent;
};

describe('withLeadParagraph', () => {
  it('turns a list-only text into a list whose items are paragraphs, keeping the order', () => {
    expect(firstParagraph('1. Accedi con SPID o CIE.\n2. Compila la domanda.')).toBe('Accedi con SPID o CIE.');
    const div = document.createElement('div');
    div.innerHTML = renderMarkdown(withLeadParagraph('- uno\n- due\n- tre'));
    expect(Array.from(div.querySelectorAll('li')).map((li) => li.textContent?.trim())).toEqual(['uno', 'due', 'tre']);
  });

  it('leaves a text that already has a paragraph as it is', () => {
    const text = 'Ai residenti:\n- con ISEE fino a 16.500 €';
    expect(withLeadParagraph(text)).toBe(text);
    expect(firstParagraph(text)).toBe('Ai residenti:');
  });
});
