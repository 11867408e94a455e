import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { siteZipName, zipSite } from './zipSite';

describe('zipSite', () => {
  it('puts every file at its path, text and bytes intact', () => {
    const font = new Uint8Array([0x77, 0x4f, 0x46, 0x32, 0, 1, 2]);
    const zip = unzipSync(zipSite(new Map<string, string | Uint8Array>([['index.html', '<!DOCTYPE html><p>Comune di Pisa – è</p>'], ['fonts/Lora/a.woff2', font]])));
    expect(Object.keys(zip).sort()).toEqual(['fonts/Lora/a.woff2', 'index.html']);
    expect(strFromU8(zip['index.html'])).toBe('<!DOCTYPE html><p>Comune di Pisa – è</p>');
    expect(Array.from(zip['fonts/Lora/a.woff2'])).toEqual(Array.from(font));
  });

  it('names the file after the day in Rome', () => {
    expect(siteZipName(new Date('2026-11-26T23:30:00Z'))).toBe('mattoncini-sito-2026-11-27.zip');
  });
});
