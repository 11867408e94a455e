import { describe, expect, it } from 'vitest';
import { formioAmount, formioContent, formioFromSchema, formioGroup, formioInfoAndAnswers, formioValidate, formioValues } from './formio';

describe('Form.io helpers: a compiled schema as Form.io properties', () => {
  it('labels enum options as the uiSchema names them', () => {
    expect(formioValues({ enum: ['posta', 'preavviso'] }, { 'ui:enumNames': ['Per posta', 'Preavviso sul parabrezza'] })).toEqual([
      { label: 'Per posta', value: 'posta' },
      { label: 'Preavviso sul parabrezza', value: 'preavviso' },
    ]);
    expect(formioValues({ enum: ['a'] }, {})).toEqual([{ label: 'a', value: 'a' }]);
  });

  it('turns limits and the Italian required message into Form.io validation', () => {
    const schema = { minLength: 2, maxLength: 10, pattern: '^[0-9]{5}$', minimum: 0, maximum: 99, 'x-messages': { required: 'Scrivi il CAP' } };
    expect(formioValidate(schema, true)).toEqual({ required: true, minLength: 2, maxLength: 10, pattern: '^[0-9]{5}$', min: 0, max: 99, customMessage: 'Scrivi il CAP' });
    expect(formioValidate({}, false)).toEqual({ required: false });
  });

  it('converts a composite answer by its JSON types and formats', () => {
    const isee = formioFromSchema(
      'isee',
      {
        type: 'object',
        title: 'ISEE',
        required: ['value'],
        properties: {
          value: { type: 'number', title: 'Valore ISEE (€)', multipleOf: 0.01, minimum: 0 },
          expiry: { type: 'string', format: 'date', title: 'Scadenza' },
          protocol: { type: 'string', title: 'Protocollo DSU' },
        },
      },
      { 'ui:order': ['value', 'expiry', 'protocol'] },
      true,
    );
    expect(isee).toMatchObject({ type: 'container', key: 'isee', label: 'ISEE' });
    expect(isee.components).toMatchObject([
      { type: 'currency', key: 'value', validate: { required: true, min: 0 } },
      { type: 'textfield', key: 'expiry', inputType: 'date', validate: { required: false } },
      { type: 'textfield', key: 'protocol' },
    ]);
  });

  it('makes lists of objects data grids, file lists multiple uploads, choices selects', () => {
    expect(formioFromSchema('veicoli', { type: 'array', title: 'Veicoli', items: { type: 'object', properties: { targa: { type: 'string' } } } }, {}, false)).toMatchObject({
      type: 'datagrid',
      components: [{ type: 'textfield', key: 'targa' }],
    });
    expect(formioFromSchema('documenti', { type: 'array', title: 'Documenti', items: { type: 'string', format: 'data-url' } }, {}, true)).toMatchObject({
      type: 'file',
      multiple: true,
      storage: 'base64',
      validate: { required: true },
    });
    expect(formioFromSchema('ufficio', { type: 'string', enum: ['centro'] }, { 'ui:enumNames': ['Sede centrale'] }, true)).toMatchObject({
      type: 'select',
      data: { values: [{ label: 'Sede centrale', value: 'centro' }] },
    });
  });

  it('shows display-only slots as content, their markdown escaped of raw HTML', () => {
    const content = formioContent('nota', 'Porta la **denuncia** <script>alert(1)</script>');
    expect(content).toMatchObject({ type: 'content', key: 'nota', input: false });
    expect(content.html).not.toContain('<script>');
    expect(formioFromSchema('info', { type: 'null', readOnly: true }, { 'ui:options': { markdown: 'Leggi qui' } }, false)).toMatchObject({ type: 'content' });
  });

  it('groups answers under the key: a container keeps its title shown, a data grid takes its extras; no title, the key', () => {
    expect(formioGroup('container', 'residenza', { title: 'Residenza' }, [])).toEqual({
      type: 'container',
      key: 'residenza',
      label: 'Residenza',
      hideLabel: false,
      input: true,
      tableView: false,
      components: [],
    });
    const grid = formioGroup('datagrid', 'nucleo', {}, [{ type: 'textfield', key: 'nome' }], { reorder: false });
    expect(grid).toMatchObject({ type: 'datagrid', label: 'nucleo', reorder: false, components: [{ key: 'nome' }] });
    expect(grid).not.toHaveProperty('hideLabel');
  });

  it("puts an amount's text first, then the node's own answers without the text; a plain text node gives the text only", () => {
    const notice = formioInfoAndAnswers('multa', {
      schema: {
        type: 'object',
        required: ['codice'],
        properties: { info: { type: 'null', readOnly: true }, codice: { type: 'string', title: 'Codice avviso' } },
      },
      uiSchema: { 'ui:order': ['info', 'codice'], info: { 'ui:options': { markdown: 'Paga **entro 5 giorni**' } } },
      required: true,
    });
    expect(notice.map((c) => [c.type, c.key])).toEqual([
      ['content', 'multa_info'],
      ['container', 'multa'],
    ]);
    expect(notice[0].html).toContain('entro 5 giorni');
    expect(notice[1].components).toMatchObject([{ key: 'codice', label: 'Codice avviso', validate: { required: true } }]);
    const textOnly = formioInfoAndAnswers('bonus', { schema: { type: 'null', readOnly: true }, uiSchema: { 'ui:options': { markdown: 'Fino a 150 €' } }, required: false });
    expect(textOnly.map((c) => c.key)).toEqual(['bonus_info']);
    expect(formioInfoAndAnswers('bonus', { uiSchema: {}, required: false })).toEqual([]);
  });

  it('shows an amount in euros that the citizen cannot change', () => {
    expect(formioAmount('payment_amount', 'Importo da pagare')).toMatchObject({ type: 'currency', key: 'payment_amount', currency: 'EUR', disabled: true, input: true });
  });
});
