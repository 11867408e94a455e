/**
 * Reusable fragments of props schemas. The inspector is generic: it reads a
 * type's `propsSchema` (Italian `title`s, `x-widget` hints) and draws the form.
 * Widget hints used here:
 *  - "textarea": multi-line plain text;
 *  - "markdown": markdown text written by officials (rendered safely);
 *  - "options":  list of {value, label} choices;
 *  - "mime-types": accepted file types (see `MIME_TYPES`);
 *  - "pattern":  a regular expression chosen from `PATTERN_PRESETS` (free input for technical staff);
 *  - "checkboxes": several values of an enum list.
 * `x-enumNames` gives the Italian names of an `enum` list, in the same order.
 */
import type { JsonSchema } from '../types';

export const labelProp: JsonSchema = {
  type: 'string',
  title: 'Etichetta',
  description: 'La domanda come la legge il cittadino',
  minLength: 1,
  maxLength: 200,
};

export const helpProp: JsonSchema = {
  type: 'string',
  title: 'Testo di aiuto',
  description: 'Spiegazione breve mostrata sotto il campo',
  maxLength: 1000,
  'x-widget': 'textarea',
};

export const requiredProp: JsonSchema = { type: 'boolean', title: 'Obbligatorio' };

export const placeholderProp: JsonSchema = {
  type: 'string',
  title: 'Testo di esempio nel campo',
  description: 'Suggerimento mostrato nel campo vuoto (es. «Mario»)',
  maxLength: 200,
};

/** Reserved to technical staff on the types that feed back-office systems. */
export const integrationKeyProp: JsonSchema = {
  type: 'string',
  title: 'Chiave di integrazione',
  description: 'Nome del dato nel gestionale o nel protocollo (riservato al personale tecnico)',
  maxLength: 100,
  pattern: '^[A-Za-z0-9_.\\-]*$',
};

export const minLengthProp: JsonSchema = { type: 'integer', title: 'Lunghezza minima (caratteri)', minimum: 0, maximum: 100000 };
export const maxLengthProp: JsonSchema = { type: 'integer', title: 'Lunghezza massima (caratteri)', minimum: 1, maximum: 100000 };

export const patternProp: JsonSchema = {
  type: 'string',
  title: 'Formato richiesto',
  description: 'Espressione regolare; scegli uno dei formati pronti',
  format: 'regex',
  maxLength: 500,
  'x-widget': 'pattern',
};

export const patternNameProp: JsonSchema = {
  type: 'string',
  title: 'Nome del formato',
  description: 'Spiegazione in parole semplici mostrata nell’errore (es. «5 cifre»)',
  maxLength: 200,
};

/** Ready-made formats for the "pattern" widget: officials pick a name, never write a regex. */
export const PATTERN_PRESETS: ReadonlyArray<{ id: string; name: string; pattern: string }> = [
  { id: 'cap', name: '5 cifre (CAP)', pattern: '^[0-9]{5}$' },
  { id: 'digits', name: 'solo cifre', pattern: '^[0-9]+$' },
  { id: 'letters', name: 'solo lettere', pattern: '^[\\p{L} \'’-]+$' },
  { id: 'plate', name: 'targa italiana (es. AB123CD)', pattern: '^[A-Za-z]{2}[0-9]{3}[A-Za-z]{2}$' },
  { id: 'vat', name: 'partita IVA (11 cifre)', pattern: '^[0-9]{11}$' },
  { id: 'cadastral', name: 'foglio/particella (es. 12/345)', pattern: '^[0-9]+/[0-9]+[A-Za-z]?$' },
];

/** Options of a choice: a stable `value` stored in the answers and the `label` the citizen reads. */
export const optionsProp: JsonSchema = {
  type: 'array',
  title: 'Opzioni',
  minItems: 1,
  maxItems: 200,
  'x-widget': 'options',
  items: {
    type: 'object',
    required: ['value', 'label'],
    properties: {
      value: { type: 'string', title: 'Valore', minLength: 1, maxLength: 100 },
      label: { type: 'string', title: 'Testo', minLength: 1, maxLength: 300 },
    },
  },
};

/** Reads a string prop defensively: files from newer or broken versions may hold anything. */
export function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Reads a finite number prop defensively. */
export function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** The label of a node, falling back to its type's label when empty. */
export function labelOf(props: Record<string, unknown>, fallback: string): string {
  return str(props.label) ?? fallback;
}

/** Options of a choice, dropping malformed entries. */
export function optionsOf(value: unknown): Array<{ value: string; label: string }> {
  if (!Array.isArray(value)) return [];
  const out: Array<{ value: string; label: string }> = [];
  for (const o of value) {
    if (o && typeof o === 'object' && typeof (o as { value?: unknown }).value === 'string') {
      const v = (o as { value: string }).value;
      const l = (o as { label?: unknown }).label;
      out.push({ value: v, label: typeof l === 'string' && l ? l : v });
    }
  }
  return out;
}
