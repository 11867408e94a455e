// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderStep } from '../../test/rjsf';
import { dataUrlMaxLength } from '../attachment/mimeTypes';
import { describeBlockContract, failingKeywords, nodeOf, testContext } from '../testing/contract';
import { flowOf } from '../testing/patterns';
import { permitBlock } from './definition';
import { permitDocuments } from './documents';

describeBlockContract(permitBlock);

const pdf = 'data:application/pdf;name=certificato.pdf;base64,JVBERi0xLjQK';
const jpg = 'data:image/jpeg;name=foto.jpg;base64,/9j/4AAQ';
const cude = () => nodeOf(permitBlock, {}, 'cude');

describe('permesso: parte del cittadino', () => {
  const out = permitBlock.compile(cude(), testContext());

  it('un campo allegato per documento, con tipi, dimensione e messaggi dell’allegato', () => {
    expect(out.schema).toMatchObject({
      type: 'object',
      required: ['certificato_medico', 'fototessera', 'documento_identita'],
      'x-pattern': 'permit',
    });
    expect(out.uiSchema['ui:order']).toEqual(['info', 'certificato_medico', 'fototessera', 'documento_identita', 'carta_circolazione']);
    const photo = (out.schema!.properties as Record<string, Record<string, unknown>>).fototessera;
    expect(photo).toMatchObject({ type: 'string', format: 'data-url', maxLength: dataUrlMaxLength(5) });
    expect(photo['x-messages']).toMatchObject({
      pattern: 'Il file caricato in «Fototessera recente» non è di un tipo ammesso (ammessi: JPG, PNG)',
      maxLength: 'Il file caricato in «Fototessera recente» supera la dimensione massima di 5 MB',
    });
    const complete = { certificato_medico: pdf, fototessera: jpg, documento_identita: pdf };
    expect(failingKeywords(out.schema!, complete)).toEqual([]);
    expect(failingKeywords(out.schema!, { ...complete, fototessera: pdf })).toEqual(['pattern']);
    expect(failingKeywords(out.schema!, { certificato_medico: pdf })).toEqual(['required', 'required']);
    expect(out.required).toBe(true);
  });

  it('l’avviso dice tempi, ufficio, validità e rinnovo', () => {
    const info = (out.uiSchema.info as { 'ui:options': { markdown: string } })['ui:options'].markdown;
    expect(info).toContain('La risposta arriva entro **30 giorni** dalla presentazione della domanda.');
    expect(info).toContain('Ufficio responsabile: Ufficio Relazioni con il Pubblico \\(URP\\).');
    expect(info).toContain('Il permesso vale **5 anni** dal rilascio.');
    expect(info).toContain('Si può chiedere da 90 giorni prima della scadenza.');
    const permanent = permitBlock.compile(nodeOf(permitBlock, { validity: { kind: 'permanent' }, renewal: { allowed: false } }), testContext());
    const text = (permanent.uiSchema.info as { 'ui:options': { markdown: string } })['ui:options'].markdown;
    expect(text).toContain('Il permesso è **permanente**.');
    expect(text).not.toContain('nuova domanda');
  });

  it('chiavi dei documenti uniche anche senza chiave o con chiavi ripetute', () => {
    const docs = permitDocuments([
      { label: 'Planimetria', acceptedTypes: [], maxSizeMb: 20, required: true },
      { key: 'planimetria', label: 'Planimetria catastale', acceptedTypes: [], maxSizeMb: 20, required: false },
      { key: 'info', label: 'Informazioni', acceptedTypes: [], maxSizeMb: 1, required: false },
      { label: '' },
      'rotto',
    ]);
    expect(docs.map((d) => d.key)).toEqual(['planimetria', 'planimetria_catastale', 'informazioni']);
  });

  it('riassume documenti, validità e tempi', () => {
    expect(permitBlock.summary!(cude())).toBe('4 documenti · valido 5 anni · risposta entro 30 giorni');
  });

  it('si vede e si invia con @rjsf/core; un documento obbligatorio mancante è segnalato in italiano', async () => {
    const flow = flowOf(cude());
    const r = renderStep(flow, 0, { cude: { fototessera: jpg, documento_identita: pdf } });
    expect(screen.getByTestId('mattoncini-pattern')).toHaveTextContent('La risposta arriva entro 30 giorni');
    expect(screen.getByLabelText(/^Fototessera recente/)).toBeInTheDocument();
    await r.submit();
    expect(r.onSubmit).not.toHaveBeenCalled();
    const errors = screen.getByText('Da correggere').closest('.errors') as HTMLElement;
    expect(
      within(errors).getByText(/Il campo «Certificato dell’ULSS o verbale INPS .*» è obbligatorio/),
    ).toBeInTheDocument();
  });

  it('con tutti i documenti obbligatori il passo si invia', async () => {
    const answers = { cude: { certificato_medico: pdf, fototessera: jpg, documento_identita: pdf } };
    const r = renderStep(flowOf(cude()), 0, answers);
    await r.submit();
    expect(r.onError).not.toHaveBeenCalled();
    expect(r.submitted()).toMatchObject(answers);
  });
});
