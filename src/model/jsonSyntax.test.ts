import { describe, expect, it } from 'vitest';
import { describeSyntaxError, locateJsonError, parseJson } from './jsonSyntax';

describe('parseJson', () => {
  it('parses valid JSON and ignores a byte-order mark', () => {
    expect(parseJson('\uFEFF{"a": [1, "x", null]}')).toEqual({ ok: true, value: { a: [1, 'x', null] } });
  });

  it('says an empty file is empty', () => {
    expect(parseJson('  \n')).toEqual({ ok: false, errors: [{ path: '', message: 'Il file è vuoto' }] });
  });

  it.each([
    ['{\n  "titolo": "Bonus",\n}', 3, 1, 'virgola di troppo prima di «}»'],
    ['[1, 2,]', 1, 7, 'virgola di troppo prima di «]»'],
    ['{"a": }', 1, 7, 'carattere inatteso «}»'],
    ['{"a" 1}', 1, 6, 'manca «:» dopo il nome della proprietà'],
    ['{titolo: 1}', 1, 2, 'i nomi delle proprietà vanno tra virgolette doppie: carattere inatteso «t»'],
    ["{'a': 1}", 1, 2, 'i nomi delle proprietà vanno tra virgolette doppie: carattere inatteso «\'»'],
    ['{"a": \'x\'}', 1, 7, 'i testi vanno tra virgolette doppie, non singole'],
    ['[1, 2', 1, 6, 'il testo finisce prima del previsto'],
    ['{"a": "x', 1, 9, 'testo tra virgolette non chiuso'],
    ['{"a": "riga\nnuova"}', 1, 12, 'a capo o carattere di controllo dentro un testo (usa \\n)'],
    ['{"a": 01}', 1, 7, 'numero non valido'],
    ['{"a": tru}', 1, 7, 'carattere inatteso «t»'],
    ['{} {}', 1, 4, 'testo in più dopo la fine del JSON'],
    ['{"a": 1 "b": 2}', 1, 9, 'manca «,» o «}»: carattere inatteso «"»'],
  ])('locates the error in %j at line %i, column %i', (text, line, column, reason) => {
    expect(describeSyntaxError(text)).toBe(`Il file non è JSON valido (riga ${line}, colonna ${column}): ${reason}`);
    expect(parseJson(text).ok).toBe(false);
  });

  it('finds nothing wrong in valid JSON, even deeply nested', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(locateJsonError(deep)).toBeUndefined();
    expect(locateJsonError('{"a":[1,-2.5e3,true,false,null,{"b":"\\u00e8\\n"}]}')).toBeUndefined();
  });
});
