/**
 * Parsing JSON text with an Italian, positioned error message.
 *
 * `JSON.parse` does the work; only when it fails do we rescan the text to
 * find where and why, because engines word (and sometimes omit) the position
 * differently: V8 says "Unexpected token '}', … is not valid JSON" with no
 * offset, Firefox gives line and column in English.
 */
import type { Issue } from './issues';
import { restoreMessages as msg } from './messages.it';

export type ParseResult = { ok: true; value: unknown } | { ok: false; errors: Issue[] };

/** Parses `text` (a leading byte-order mark, as Windows editors write, is ignored). */
export function parseJson(text: string): ParseResult {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (source.trim() === '') return { ok: false, errors: [{ path: '', message: msg.emptyInput() }] };
  try {
    return { ok: true, value: JSON.parse(source) };
  } catch {
    return { ok: false, errors: [{ path: '', message: describeSyntaxError(source) }] };
  }
}

/** The Italian message for invalid JSON `text`, with line and column when found. */
export function describeSyntaxError(text: string): string {
  const found = locateJsonError(text);
  if (!found) return msg.jsonSyntaxNoPosition();
  const before = text.slice(0, found.offset);
  const line = before.split('\n').length;
  const column = found.offset - before.lastIndexOf('\n');
  return msg.jsonSyntax(line, column, found.reason);
}

type State = 'value' | 'valueOrEnd' | 'afterValue' | 'keyOrEnd' | 'key' | 'colon';

/**
 * Where the first syntax error of `text` is (UTF-16 offset) and why, in
 * Italian; undefined if the text is valid JSON. Iterative, with an explicit
 * stack, so that deeply nested input cannot overflow the call stack.
 */
export function locateJsonError(text: string): { offset: number; reason: string } | undefined {
  const stack: string[] = [];
  let pos = 0;
  let state: State = 'value';
  const fail = (reason: string, at = pos) => ({ offset: Math.min(at, text.length), reason });
  const unexpected = () =>
    pos >= text.length ? fail(msg.unexpectedEnd()) : fail(msg.unexpectedCharacter(text[pos]));

  for (;;) {
    while (pos < text.length && ' \t\n\r'.includes(text[pos])) pos += 1;
    const ch = text[pos];
    if (state === 'value' || state === 'valueOrEnd') {
      if (ch === ']' && state === 'valueOrEnd') {
        stack.pop();
        pos += 1;
        state = 'afterValue';
      } else if (ch === ']' && stack[stack.length - 1] === '[') {
        return fail('virgola di troppo prima di «]»');
      } else if (ch === '{' || ch === '[') {
        stack.push(ch);
        pos += 1;
        state = ch === '{' ? 'keyOrEnd' : 'valueOrEnd';
      } else {
        const end = scanScalar(text, pos);
        if (typeof end !== 'number') return end ?? unexpected();
        pos = end;
        state = 'afterValue';
      }
      continue;
    }
    if (state === 'afterValue') {
      const top = stack[stack.length - 1];
      if (top === undefined) return pos >= text.length ? undefined : fail('testo in più dopo la fine del JSON');
      const close = top === '{' ? '}' : ']';
      if (ch === ',') {
        pos += 1;
        state = top === '{' ? 'key' : 'value';
      } else if (ch === close) {
        stack.pop();
        pos += 1;
      } else if (ch === undefined) {
        return fail(msg.unexpectedEnd());
      } else {
        return fail(`manca «,» o «${close}»: ${msg.unexpectedCharacter(ch)}`);
      }
      continue;
    }
    if (state === 'keyOrEnd' || state === 'key') {
      if (ch === '}' && state === 'keyOrEnd') {
        stack.pop();
        pos += 1;
        state = 'afterValue';
      } else if (ch === '}') {
        return fail('virgola di troppo prima di «}»');
      } else if (ch === '"') {
        const end = scanString(text, pos);
        if (typeof end !== 'number') return end;
        pos = end;
        state = 'colon';
      } else if (ch === undefined) {
        return fail(msg.unexpectedEnd());
      } else {
        return fail(`i nomi delle proprietà vanno tra virgolette doppie: ${msg.unexpectedCharacter(ch)}`);
      }
      continue;
    }
    // state === 'colon'
    if (ch !== ':') return ch === undefined ? fail(msg.unexpectedEnd()) : fail('manca «:» dopo il nome della proprietà');
    pos += 1;
    state = 'value';
  }
}

/** End offset of the string starting at `start` (a `"`), or the error. */
function scanString(text: string, start: number): number | { offset: number; reason: string } {
  let pos = start + 1;
  while (pos < text.length) {
    const code = text.charCodeAt(pos);
    if (code === 0x22) return pos + 1;
    if (code < 0x20) return { offset: pos, reason: 'a capo o carattere di controllo dentro un testo (usa \\n)' };
    if (code === 0x5c) {
      const next = text[pos + 1];
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(pos + 2, pos + 6))) {
          return { offset: pos, reason: 'sequenza \\u non valida' };
        }
        pos += 6;
        continue;
      }
      if (next === undefined || !'"\\/bfnrt'.includes(next)) {
        return { offset: pos, reason: 'barra rovesciata \\ non valida in un testo (scrivi \\\\)' };
      }
      pos += 2;
      continue;
    }
    pos += 1;
  }
  return { offset: text.length, reason: 'testo tra virgolette non chiuso' };
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** End offset of the scalar at `pos`, an error, or undefined if nothing scalar starts there. */
function scanScalar(text: string, pos: number): number | { offset: number; reason: string } | undefined {
  const ch = text[pos];
  if (ch === '"') return scanString(text, pos);
  for (const literal of ['true', 'false', 'null']) {
    if (text.startsWith(literal, pos)) return pos + literal.length;
  }
  if (ch !== undefined && /[-0-9]/.test(ch)) {
    NUMBER.lastIndex = pos;
    if (NUMBER.test(text)) {
      const end = NUMBER.lastIndex;
      // "01" or "1." : JSON forbids leading zeros and bare decimal points.
      if (/[0-9.]/.test(text[end] ?? '')) return { offset: pos, reason: 'numero non valido' };
      return end;
    }
    return { offset: pos, reason: 'numero non valido' };
  }
  if (ch === "'") return { offset: pos, reason: 'i testi vanno tra virgolette doppie, non singole' };
  return undefined;
}
