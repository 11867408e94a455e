import { describe, expect, it } from 'vitest';
import { describeBlockContract, failingKeywords, nodeOf, testContext } from '../testing/contract';
import { attachmentBlock } from './definition';
import { acceptAttribute, acceptPattern, dataUrlMaxLength, mimeName } from './mimeTypes';

describeBlockContract(attachmentBlock);

const pdf = 'data:application/pdf;name=isee.pdf;base64,JVBERi0xLjQK';
const png = 'data:image/png;name=foto.png;base64,iVBORw0KGgo=';
const signed = 'data:;name=domanda.PDF.P7M;base64,MIAGCSqGSIb3DQEHAqCAMIAC';

describe('allegato', () => {
  it('accetta i tipi scelti per tipo MIME o, se manca, per estensione', () => {
    const pattern = new RegExp(acceptPattern(['application/pdf', 'application/pkcs7-mime']), 'u');
    expect(pattern.test(pdf)).toBe(true);
    expect(pattern.test(signed)).toBe(true);
    expect(pattern.test(png)).toBe(false);
  });

  it('compila data-url, tipi, dimensione e messaggi', () => {
    const out = attachmentBlock.compile(
      nodeOf(attachmentBlock, { label: 'Attestazione ISEE', required: true, maxSizeMB: 1 }),
      testContext(),
    );
    expect(out.schema).toMatchObject({ type: 'string', format: 'data-url', maxLength: dataUrlMaxLength(1) });
    expect(out.uiSchema).toMatchObject({ 'ui:options': { accept: 'application/pdf,image/jpeg,.pdf,.jpg,.jpeg' } });
    expect(out.schema!['x-messages']).toMatchObject({
      pattern: 'Il file caricato in «Attestazione ISEE» non è di un tipo ammesso (ammessi: PDF, JPG)',
      maxLength: 'Il file caricato in «Attestazione ISEE» supera la dimensione massima di 1 MB',
    });
    expect(failingKeywords(out.schema!, pdf)).toEqual([]);
    expect(failingKeywords(out.schema!, png)).toEqual(['pattern']);
    const big = `data:application/pdf;name=a.pdf;base64,${'A'.repeat(dataUrlMaxLength(1))}`;
    expect(failingKeywords(out.schema!, big)).toEqual(['maxLength']);
  });

  it('con più file compila un array con minimo e massimo', () => {
    const out = attachmentBlock.compile(
      nodeOf(attachmentBlock, { label: 'Foto dei danni', multiple: true, maxFiles: 2, required: true, accept: [] }),
      testContext(),
    );
    expect(out.schema).toMatchObject({ type: 'array', minItems: 1, maxItems: 2, items: { format: 'data-url' } });
    expect(failingKeywords(out.schema!, [])).toEqual(['minItems']);
    expect(failingKeywords(out.schema!, [png, png, png])).toEqual(['maxItems']);
  });

  it('ha proprietà tecniche per archiviazione e antivirus', () => {
    expect(attachmentBlock.technicalProps).toEqual(['storage', 'antivirus']);
    const out = attachmentBlock.compile(nodeOf(attachmentBlock), testContext());
    expect(out.schema).toMatchObject({ 'x-storage': 'protocol', 'x-antivirus': true });
  });

  it('riassume tipi, dimensione e numero', () => {
    expect(attachmentBlock.summary!(nodeOf(attachmentBlock))).toBe('PDF, JPG · max 5 MB');
    expect(attachmentBlock.summary!(nodeOf(attachmentBlock, { accept: [], multiple: true, maxFiles: 3 }))).toBe(
      'qualsiasi tipo · max 5 MB · fino a 3 file',
    );
  });

  it('nomina i tipi come li conoscono i cittadini', () => {
    expect(mimeName('application/pkcs7-mime')).toBe('P7M');
    expect(mimeName('image/webp')).toBe('WEBP');
    expect(acceptAttribute(['image/png'])).toBe('image/png,.png');
  });
});
