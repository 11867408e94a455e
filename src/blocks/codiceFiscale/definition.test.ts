import * as codiceFiscaleJs from 'codice-fiscale-js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeBlockContract, failingKeywords, nodeOf, testContext } from '../testing/contract';
import { checkLetter, isValidCodiceFiscale } from './checkCodiceFiscale';
import { codiceFiscaleBlock } from './definition';

describeBlockContract(codiceFiscaleBlock);

// The package's typings declare a default export; its CommonJS build exports { CodiceFiscale }.
type Library = { check(cf: string): boolean; getOmocodie(cf: string): string[] };
const mod = codiceFiscaleJs as unknown as { CodiceFiscale?: Library; default?: Library & { CodiceFiscale?: Library } };
const Library: Library = (mod.CodiceFiscale ?? mod.default?.CodiceFiscale ?? mod.default)!;

describe('controllo del codice fiscale', () => {
  it('accetta codici corretti, anche in minuscolo', () => {
    expect(isValidCodiceFiscale('RSSMRA85T10A562S')).toBe(true);
    expect(isValidCodiceFiscale('rssmra85t10a562s')).toBe(true);
    // A woman born on 10 Dec 1985: day + 40.
    expect(isValidCodiceFiscale('RSSMRA85T50A562' + checkLetter('RSSMRA85T50A562'))).toBe(true);
  });

  it('rifiuta carattere di controllo sbagliato, lunghezza, mese e giorno impossibili', () => {
    expect(isValidCodiceFiscale('RSSMRA85T10A562X')).toBe(false);
    expect(isValidCodiceFiscale('RSSMRA85T10A562')).toBe(false);
    expect(isValidCodiceFiscale('RSSMRA85T10A562SS')).toBe(false);
    expect(isValidCodiceFiscale('RSSMRA85T10A562 ')).toBe(false);
    const badMonth = 'RSSMRA85F10A562';
    expect(isValidCodiceFiscale(badMonth + checkLetter(badMonth))).toBe(false);
    const badDay = 'RSSMRA85T32A562';
    expect(isValidCodiceFiscale(badDay + checkLetter(badDay))).toBe(false);
    expect(isValidCodiceFiscale('')).toBe(false);
  });

  it('accetta tutte le varianti per omocodia', () => {
    const variants = Library.getOmocodie('RSSMRA85T10A562S');
    expect(variants.length).toBe(127);
    for (const v of variants) expect(isValidCodiceFiscale(v), v).toBe(true);
  });

  it('concorda con codice-fiscale-js su codici ben formati', () => {
    const letter = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    const digit = fc.constantFrom(...'0123456789LMNPQRSTUV');
    const month = fc.constantFrom(...'ABCDEHLMPRST');
    const day = fc.constantFrom('01', '09', '10', '28', '31', '41', '50', '71', 'LM', 'MR', 'QM');
    const body = fc
      .tuple(fc.array(letter, { minLength: 6, maxLength: 6 }), fc.array(digit, { minLength: 2, maxLength: 2 }), month, day, letter, fc.array(digit, { minLength: 3, maxLength: 3 }))
      .map(([a, b, c, d, e, f]) => a.join('') + b.join('') + c + d + e + f.join(''));
    fc.assert(
      fc.property(body, letter, (first15, check) => {
        const cf = first15 + check;
        expect(isValidCodiceFiscale(cf)).toBe(Library.check(cf));
      }),
      { numRuns: 2000 },
    );
  });

  it('non accetta mai quello che la libreria rifiuta', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 16, maxLength: 16, unit: fc.constantFrom(...'ABLMRST0123456789') }), (cf) => {
        if (isValidCodiceFiscale(cf)) expect(Library.check(cf)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('tipo codice fiscale', () => {
  it('compila il formato «codice-fiscale» con il messaggio che chiede di controllare i 16 caratteri', () => {
    const out = codiceFiscaleBlock.compile(nodeOf(codiceFiscaleBlock), testContext());
    expect(out.schema).toMatchObject({ type: 'string', format: 'codice-fiscale' });
    expect((out.schema!['x-messages'] as Record<string, string>).format).toBe(
      'Il campo «Codice fiscale» non è valido: controlla i 16 caratteri',
    );
    expect(failingKeywords(out.schema!, 'RSSMRA85T10A562S')).toEqual([]);
    expect(failingKeywords(out.schema!, 'RSSMRA85T10A562X')).toEqual(['format']);
  });

  it('la verifica ANPR è una proprietà tecnica', () => {
    expect(codiceFiscaleBlock.technicalProps).toContain('anprCheck');
    const out = codiceFiscaleBlock.compile(nodeOf(codiceFiscaleBlock, { anprCheck: true }), testContext());
    expect(out.schema!['x-anpr-check']).toBe(true);
    expect(codiceFiscaleBlock.summary!(nodeOf(codiceFiscaleBlock, { anprCheck: true }))).toBe('verificato su ANPR');
  });
});
