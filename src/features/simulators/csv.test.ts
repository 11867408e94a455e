import { describe, expect, it } from 'vitest';
import { CsvError, detectDelimiter, parseCsv, unguardFormula, writeCsv } from './csv';

/** The issues of a parse that must fail. */
function issuesOf(text: string) {
  try {
    parseCsv(text);
  } catch (error) {
    expect(error).toBeInstanceOf(CsvError);
    return (error as CsvError).issues;
  }
  throw new Error('parseCsv did not fail');
}

describe('parseCsv', () => {
  it('reads an Italian Excel export: BOM, semicolons, CRLF, decimal commas left as text', () => {
    const text = '\uFEFFid;isee.value;componenti_nucleo\r\nrossi;12.345,67;4\r\nbianchi;8500,5;2\r\n';
    const table = parseCsv(text);
    expect(table.delimiter).toBe(';');
    expect(table.headers).toEqual(['id', 'isee.value', 'componenti_nucleo']);
    expect(table.rows).toEqual([
      { line: 2, cells: ['rossi', '12.345,67', '4'] },
      { line: 3, cells: ['bianchi', '8500,5', '2'] },
    ]);
  });

  it('reads commas, quoted separators, escaped quotes and line breaks inside quotes', () => {
    const text = 'id,note,isee\nesposito,"Via Roma, 1 — detto ""Totò""",9800\nrusso,"prima riga\nseconda riga",7200\nverdi,,\n';
    const table = parseCsv(text);
    expect(table.delimiter).toBe(',');
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['esposito', 'Via Roma, 1 — detto "Totò"', '9800'],
      ['russo', 'prima riga\nseconda riga', '7200'],
      ['verdi', '', ''],
    ]);
    // The quoted line break moves the next record to physical line 5.
    expect(table.rows.map((r) => r.line)).toEqual([2, 3, 5]);
  });

  it('skips blank lines and forgives trailing empty values added by Excel', () => {
    const table = parseCsv('id;isee\n\nrossi;100;;\n\n');
    expect(table.rows).toEqual([{ line: 3, cells: ['rossi', '100'] }]);
  });

  it('prefers the separator that splits the header, semicolon on a tie', () => {
    expect(detectDelimiter('a;b;c\n1,5;2;3')).toBe(';');
    expect(detectDelimiter('"a;b",c,d')).toBe(',');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
    expect(detectDelimiter('solo')).toBe(';');
  });

  it('rejects a row with the wrong number of values, naming its line', () => {
    const issues = issuesOf('id;isee;nucleo\nrossi;100;2\nbianchi;12,5;3;4\nverdi\n');
    expect(issues).toEqual([
      { line: 3, message: expect.stringContaining('4 valori invece di 3') },
      { line: 4, message: expect.stringContaining('1 valore invece di 3') },
    ]);
    expect(issues[0].message).toContain('separatore usato è «;»');
  });

  it('rejects an unclosed quote at the line where it opens', () => {
    expect(issuesOf('id;note\nrossi;ok\nbianchi;"non chiusa\naltro;x\n')).toEqual([
      { line: 3, message: expect.stringContaining('virgolette aperte e mai chiuse') },
    ]);
  });

  it('rejects text after a closing quote and a quote inside an unquoted field', () => {
    expect(issuesOf('id;note\nrossi;"ab"c\n')[0]).toEqual({ line: 2, message: expect.stringContaining('dopo le virgolette di chiusura') });
    expect(issuesOf('id;note\nrossi;ab"c\n')[0]).toEqual({ line: 2, message: expect.stringContaining('virgolette nel mezzo') });
  });

  it('rejects empty files, missing and duplicate headers', () => {
    expect(issuesOf('')[0].message).toContain('il file è vuoto');
    expect(issuesOf('\uFEFF\r\n')[0].message).toContain('il file è vuoto');
    expect(issuesOf('id;;isee;isee\n1;2;3;4\n')).toEqual([
      { line: 1, message: 'la colonna 2 non ha intestazione.' },
      { line: 1, message: 'la colonna «isee» compare due volte.' },
    ]);
  });

  it('reports line numbers in the error message itself', () => {
    expect(() => parseCsv('a;b\n1\n')).toThrow(/^Riga 2: 1 valore invece di 2/);
  });
});

describe('writeCsv', () => {
  it('writes for Excel in Italian by default: BOM, semicolons, CRLF, decimal comma', () => {
    expect(writeCsv([['id', 'isee'], ['rossi', 12345.67], ['bianchi', null]])).toBe('\uFEFFid;isee\r\nrossi;12345,67\r\nbianchi;\r\n');
  });

  it('quotes only what needs it', () => {
    const out = writeCsv([['a;b', 'detto "Totò"', 'due\nrighe', ' spazio', 'semplice']], { bom: false });
    expect(out).toBe('"a;b";"detto ""Totò""";"due\nrighe";" spazio";semplice\r\n');
  });

  it('writes a decimal point with commas, unless asked otherwise', () => {
    expect(writeCsv([[1.5, 'x,y']], { delimiter: ',', bom: false })).toBe('1.5,"x,y"\r\n');
    expect(writeCsv([[1.5]], { delimiter: ',', bom: false, decimalComma: true })).toBe('"1,5"\r\n');
  });

  it('defuses text that Excel would run as a formula, reversibly', () => {
    const out = writeCsv([['=HYPERLINK("http://x")', '+39 010 123456', -3]], { bom: false });
    expect(out).toBe(`"'=HYPERLINK(""http://x"")";'+39 010 123456;-3\r\n`);
    const cells = parseCsv(`a;b;c\r\n${out}`).rows[0].cells.map(unguardFormula);
    expect(cells).toEqual(['=HYPERLINK("http://x")', '+39 010 123456', '-3']);
    expect(unguardFormula("'normale")).toBe("'normale");
  });

  it('round-trips awkward text through parseCsv with each separator', () => {
    const rows = [
      ['id', 'nota', 'importo'],
      ['d-1', 'Via Garibaldi, 3; scala "B"', '1.234,50'],
      ['d-2', 'a capo\r\nqui', ''],
      ['d-3', '   ', 'ok'],
    ];
    for (const delimiter of [';', ',', '\t'] as const) {
      const table = parseCsv(writeCsv(rows, { delimiter }));
      expect(table.delimiter).toBe(delimiter);
      expect([table.headers, ...table.rows.map((r) => r.cells)]).toEqual(rows);
    }
  });
});
