/**
 * Extension points of the generated inspector, so that other features add
 * controls without editing it:
 *
 * - `registerInspectorWidget(hint, Component)`: the control for props whose
 *   schema has `x-widget: hint` (e.g. the rules feature registers "formula"
 *   and "condition" with its visual builders). The component receives the
 *   same `FieldProps` as the built-in controls and may read the document
 *   through the store hooks.
 * - `registerInspectorSection(id, Component)`: a section drawn under the
 *   props of every node (e.g. "Visibilità" with the node's `visibleIf`).
 *
 * Without a registered control, formulas and conditions are shown read-only
 * as a sentence: never dropped, never turned into a number box.
 */
import type { ComponentType } from 'react';
import type { FieldProps } from './fieldTypes';

export type InspectorWidget = ComponentType<FieldProps>;
export type InspectorSection = ComponentType<{ nodeId: string }>;

const widgets = new Map<string, InspectorWidget>();
const sections = new Map<string, InspectorSection>();

export function registerInspectorWidget(hint: string, widget: InspectorWidget): void {
  widgets.set(hint, widget);
}

export function registerInspectorSection(id: string, section: InspectorSection): void {
  sections.set(id, section);
}

/** The registered control for an `x-widget` hint, if any. */
export function customWidget(hint: unknown): InspectorWidget | undefined {
  return typeof hint === 'string' ? widgets.get(hint) : undefined;
}

/** The registered node sections, in registration order. */
export function inspectorSections(): Array<[string, InspectorSection]> {
  return [...sections];
}
