// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './renderMarkdown';

describe('markdown sicuro (marked + DOMPurify)', () => {
  it('rende il markdown degli uffici', () => {
    const html = renderMarkdown('## Requisiti\n\n- residenza nel **Comune**\n- ISEE sotto i [15.000 €](https://www.inps.it)');
    expect(html).toContain('<h2>Requisiti</h2>');
    expect(html).toContain('<strong>Comune</strong>');
    expect(html).toContain('<a href="https://www.inps.it">15.000 €</a>');
  });

  it('non lascia passare HTML né collegamenti javascript', () => {
    const html = renderMarkdown(
      'Testo <script>alert(1)</script> <img src=x onerror="alert(2)"> [clic](javascript:alert(3)) <b onclick="x()">b</b>',
    );
    const box = document.createElement('div');
    box.innerHTML = html;
    expect(box.querySelector('script, img, [onerror], [onclick], b')).toBeNull();
    expect(box.querySelector('a[href^="javascript"]')).toBeNull();
    // Raw HTML is shown as text, not dropped silently.
    expect(box.textContent).toContain('<script>alert(1)</script>');
  });

  it('dà alle tabelle lo stile di Bootstrap Italia, e solo quello', () => {
    const html = renderMarkdown('| Componenti | Importo |\n| --- | --- |\n| 1 | 150 € |\n\n<table onclick="x()">finta</table>');
    const box = document.createElement('div');
    box.innerHTML = html;
    const tables = box.querySelectorAll('table');
    expect(tables).toHaveLength(1);
    expect(tables[0].className).toBe('table table-sm');
    expect(tables[0].querySelector('td')?.textContent).toBe('1');
    // The raw HTML table stays text, without the class.
    expect(box.textContent).toContain('<table onclick="x()">finta</table>');
  });
});
