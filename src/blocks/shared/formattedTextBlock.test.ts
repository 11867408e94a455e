import { describe, expect, it } from 'vitest';
import { failingKeywords, nodeOf, testContext } from '../testing/contract';
import { formattedTextBlock } from './formattedTextBlock';

/** A type that does not exist (a web address), so the test speaks of the factory and not of email or phone. */
const websiteBlock = formattedTextBlock({
  type: 'test_website',
  label: { it: 'Sito web', en: 'Website' },
  description: { it: 'Un indirizzo web', en: 'A web address' },
  icon: 'M3 3h18v18H3z',
  format: 'uri',
  maxLength: 30,
  placeholder: 'https://www.comune.it',
  message: (m, label) => m.invalid(label, 'indirizzo web'),
  ui: () => ({ 'ui:autocomplete': 'url' }),
});

// Not describeBlockContract: that needs the type in the default registry; email and phone run it.
describe('formattedTextBlock', () => {
  it('un nuovo campo ha l’etichetta del tipo e l’esempio come segnaposto', () => {
    expect(websiteBlock.defaultProps()).toEqual({ label: 'Sito web', required: false, placeholder: 'https://www.comune.it' });
  });

  it('controlla formato e lunghezza con lo stesso messaggio, che nomina il campo', () => {
    const out = websiteBlock.compile(nodeOf(websiteBlock, { label: 'Sito dell’associazione', required: true }), testContext());
    expect(out.required).toBe(true);
    expect(out.schema).toMatchObject({ type: 'string', format: 'uri', maxLength: 30, title: 'Sito dell’associazione' });
    const msgs = out.schema!['x-messages'] as Record<string, string>;
    expect(msgs.required).toBe('Il campo «Sito dell’associazione» è obbligatorio');
    expect(msgs.format).toContain('«Sito dell’associazione»');
    expect(msgs.maxLength).toBe(msgs.format);
    expect(failingKeywords(out.schema!, 'https://comune.pisa.it')).toEqual([]);
    expect(failingKeywords(out.schema!, 'comune pisa')).toEqual(['format']);
    expect(failingKeywords(out.schema!, 'https://www.comune.pisa.it/servizi/')).toEqual(['maxLength']);
  });

  it('i messaggi seguono la lingua del servizio', () => {
    const out = websiteBlock.compile(nodeOf(websiteBlock, { label: 'Website' }), testContext('en'));
    expect((out.schema!['x-messages'] as Record<string, string>).required).toMatch(/^The field «Website»/);
  });

  it('ogni compilazione ha un uiSchema suo: decorarne uno non tocca il successivo', () => {
    const node = nodeOf(websiteBlock, { label: 'Sito', help: 'Con https://' });
    const first = websiteBlock.compile(node, testContext());
    first.uiSchema!['ui:autocomplete'] = 'off';
    const second = websiteBlock.compile(node, testContext());
    expect(second.uiSchema).toEqual({ 'ui:help': 'Con https://', 'ui:placeholder': 'https://www.comune.it', 'ui:autocomplete': 'url' });
  });
});
