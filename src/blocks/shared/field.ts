/**
 * Compile helpers shared by field types. They build fresh objects on every
 * call (the compiler may decorate them) and never deep-clone: compile() of a
 * 1,000-field service must stay in the low milliseconds.
 */
import type { CompileContext, JsonSchema, UiSchema } from '../types';
import { messagesFor, type MessageTemplates } from './messages';
import { num, str } from './props';

/** uiSchema with the help text and placeholder a field shares. */
export function fieldUi(props: Record<string, unknown>, extra?: UiSchema): UiSchema {
  const ui: UiSchema = {};
  const help = str(props.help);
  if (help) ui['ui:help'] = help;
  const placeholder = str(props.placeholder);
  if (placeholder) ui['ui:placeholder'] = placeholder;
  return extra ? Object.assign(ui, extra) : ui;
}

/** Message templates in the compile target language. */
export function messages(ctx: CompileContext): MessageTemplates {
  return messagesFor(ctx.language);
}

/**
 * Schema of a free-text answer (text, textarea): lengths, pattern with its
 * plain-language name, default, and the matching Italian messages.
 */
export function stringFieldSchema(props: Record<string, unknown>, label: string, ctx: CompileContext): JsonSchema {
  const m = messages(ctx);
  const msgs: Record<string, string> = { required: m.required(label) };
  const schema: JsonSchema = { type: 'string', title: label, 'x-messages': msgs };
  const minLength = num(props.minLength);
  const maxLength = num(props.maxLength);
  const pattern = str(props.pattern);
  if (minLength !== undefined && minLength > 0) {
    schema.minLength = minLength;
    msgs.minLength = m.minLength(label, minLength);
  }
  if (maxLength !== undefined) {
    schema.maxLength = maxLength;
    msgs.maxLength = m.maxLength(label, maxLength);
  }
  if (pattern) {
    schema.pattern = pattern;
    msgs.pattern = m.pattern(label, str(props.patternName));
  }
  const def = str(props.default);
  if (def !== undefined) schema.default = def;
  return schema;
}
