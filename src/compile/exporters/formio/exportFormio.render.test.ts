// @vitest-environment jsdom
/**
 * Every flagship template exported for OpenCity renders with the real
 * @formio/js 5.6 without errors, shows every field of the service, and its
 * conditions and computed amounts behave as in our preview for each persona.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultRegistry } from '../../../blocks/registry';
import type { ServiceDefinition } from '../../../model/types';
import { walkNodes } from '../../../model/tree';
import { evaluateRule } from '../../../rules/evaluate';
import { computeVisibility } from '../../../runtime/engine';
import { compile } from '../../compile';
import { fieldCatalog } from '../../fieldCatalog';
import { serviceWithEveryType } from './everyTypeService';
import { exportFormio } from './exportFormio';
import { formioPathOf, renderFormio, toFormioData, type RenderedForm } from './formioTestHarness';

const FOLDER = join(process.cwd(), 'public/templates');
const files: string[] = JSON.parse(readFileSync(join(FOLDER, 'index.json'), 'utf8'));
const load = (file: string): ServiceDefinition => JSON.parse(readFileSync(join(FOLDER, file), 'utf8'));
const NOW = new Date('2027-03-01T09:00:00.000Z');

let open: RenderedForm | undefined;
afterEach(() => {
  open?.destroy();
  open = undefined;
});

describe.each(files)('Form.io export of %s', (file) => {
  const def = load(file);
  const { form, paths } = exportFormio(def);

  it('renders as a wizard with one page per step, without errors', async () => {
    open = await renderFormio(form);
    expect(open.errors).toEqual([]);
    expect(form.display).toBe('wizard');
    expect(form.components.map((panel) => panel.title)).toEqual(def.steps.map((step) => step.title));
    expect(open.pageCount).toBeGreaterThan(0);
  }, 30_000);

  it('shows every field of the service, under the key OpenCity or our rules expect', async () => {
    open = await renderFormio(form);
    const catalog = fieldCatalog(compile(def, defaultRegistry));
    expect(catalog.length).toBeGreaterThan(3);
    for (const field of catalog) {
      const at = formioPathOf(field.path, paths)!;
      expect(at, `${field.path} senza percorso Form.io`).toBeTruthy();
      // A list's item fields exist once per row: the data grid is rendered with no row yet.
      if (field.list) {
        const grid = open.components.get(paths[field.list]);
        const columns = (grid?.component.components as Array<{ key: string }>).map((c) => c.key);
        expect(columns, field.path).toContain(at.slice(paths[field.list].length + 1).split('.')[0]);
        continue;
      }
      expect(open.components.has(at), `${field.path} → ${at} non reso da Form.io`).toBe(true);
    }
  }, 30_000);

  it.each(def.personas.map((p) => [p.name, p] as const))('hides and shows what our preview does for «%s»', async (_name, persona) => {
    open = await renderFormio(form);
    await open.setData(toFormioData(persona.answers, paths));
    expect(open.errors).toEqual([]);
    const ours = computeVisibility(def, persona.answers, NOW, (rule, data, now) => evaluateRule(rule, data, { now }));
    let compared = 0;
    walkNodes(def, (node) => {
      if (node.visibleIf === undefined) return;
      const rendered = open!.components.get(paths[node.key]);
      if (!rendered) return; // inside a list or a hidden step: compared through their container
      expect(rendered.visible, `${node.key} per «${persona.name}»`).toBe(!ours.hiddenNodeIds.has(node.id));
      compared++;
    });
    if (def.steps.flatMap((s) => s.nodes).some((n) => n.visibleIf)) expect(compared).toBeGreaterThan(0);
  }, 60_000);
});

describe('Form.io export: a condition and an amount, as in our preview', () => {
  const def = load('mensa-scolastica.json');
  const { form, paths } = exportFormio(def);
  const persona = def.personas[0];
  const retta = def.steps.flatMap((s) => s.nodes).find((n) => n.type === 'payment')!;

  it('shows the diet reason only when a special diet is asked, like our preview', async () => {
    open = await renderFormio(form);
    for (const dieta of [true, false]) {
      const answers = { ...persona.answers, dieta_speciale: dieta };
      await open.setData(toFormioData(answers, paths));
      const ours = computeVisibility(def, answers, NOW, (rule, data, now) => evaluateRule(rule, data, { now }));
      const motivo = def.steps.flatMap((s) => s.nodes).find((n) => n.key === 'motivo_dieta')!;
      expect(ours.hiddenNodeIds.has(motivo.id)).toBe(!dieta);
      expect(open.components.get('motivo_dieta')?.visible).toBe(dieta);
    }
  }, 30_000);

  it('computes payment_amount with the ISEE bracket and the meal days, as our formula does', async () => {
    open = await renderFormio(form);
    for (const isee of [5400, 9000, 30000]) {
      const answers = { ...persona.answers, residente: true, isee: { ...(persona.answers.isee as object), value: isee } };
      await open.setData(toFormioData(answers, paths));
      const expected = evaluateRule(retta.props.amount as never, answers, { now: NOW });
      expect(expected.ok).toBe(true);
      expect(open.components.get('payment_amount')?.dataValue).toBe(expected.ok ? expected.value : NaN);
    }
    expect(open.components.get('payment_description')?.dataValue).toBe(retta.props.reason);
  }, 30_000);
});

describe('Form.io export of every built-in type', () => {
  it('renders one node of each type, default props, without errors', async () => {
    const { def, nodes } = serviceWithEveryType();
    const { form, paths } = exportFormio(def);
    open = await renderFormio(form);
    expect(open.errors).toEqual([]);
    for (const node of nodes) expect(open.components.has(paths[node.key]), node.type).toBe(true);
  }, 30_000);
});
