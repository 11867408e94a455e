/** The Comune's name typed in the export dialog, remembered in this browser for the next export. */
const KEY = 'mattoncini.site.municipality';
export const DEFAULT_MUNICIPALITY = 'Comune di Esempio';

export function rememberedMunicipality(): string {
  try {
    return localStorage.getItem(KEY) || DEFAULT_MUNICIPALITY;
  } catch {
    return DEFAULT_MUNICIPALITY; // Storage blocked: the default still works.
  }
}

export function rememberMunicipality(name: string): void {
  try {
    localStorage.setItem(KEY, name);
  } catch {
    // Not remembered; the export itself is unaffected.
  }
}
