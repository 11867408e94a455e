import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FormioComponent } from '../../../blocks/shared/formio';
import type { ServiceDefinition } from '../../../model/types';
import { exportFormio } from './exportFormio';
import { FORMIO_OPERATIONS, STANDARD_OPERATIONS, operationsOf } from './translateRule';

const FOLDER = join(process.cwd(), 'public/templates');
const load = (file: string): ServiceDefinition => JSON.parse(readFileSync(join(FOLDER, file), 'utf8'));
const files: string[] = JSON.parse(readFileSync(join(FOLDER, 'index.json'), 'utf8'));

function every(components: FormioComponent[], visit: (c: FormioComponent) => void): void {
  for (const c of components) {
    visit(c);
    every(c.components ?? [], visit);
  }
}

describe('exportFormio: OpenCity conventions', () => {
  it('puts the applicant in a nested «applicant» form with OpenCity’s keys', () => {
    const { form, paths } = exportFormio(load('mensa-scolastica.json'));
    const keys: string[] = [];
    every(form.components, (c) => keys.push(`${c.type}:${c.key}`));
    expect(keys).toEqual(expect.arrayContaining(['form:applicant', 'form:completename', 'form:fiscal_code', 'email:email_address']));
    expect(paths['genitore.name']).toBe('applicant.data.completename.data.name');
    expect(paths['genitore.fiscal_code']).toBe('applicant.data.fiscal_code.data.fiscal_code');
    expect(paths['genitore.email']).toBe('applicant.data.email_address');
    expect(paths['genitore.address.street']).toBe('applicant.data.address.data.address');
  });

  it('exports a payment as payment_amount and a causale of at most 60 characters as payment_description', () => {
    const { form } = exportFormio(load('mensa-scolastica.json'));
    const found = new Map<string, FormioComponent>();
    every(form.components, (c) => found.set(c.key, c));
    expect(found.get('payment_amount')?.calculateValue).toMatchObject({ _round: expect.any(Array) });
    const description = found.get('payment_description');
    expect(typeof description?.defaultValue).toBe('string');
    expect((description?.defaultValue as string).length).toBeLessThanOrEqual(60);
  });

  it('gives the first top-level email field OpenCity’s «email_address» when there is no applicant', () => {
    const { form, paths } = exportFormio(load('pagamento-sanzioni.json'));
    expect(paths.email_ricevuta).toBe('email_address');
    const keys: string[] = [];
    every(form.components, (c) => keys.push(c.key));
    expect(keys).toContain('email_address');
  });

  it.each(files)('%s: rules are JsonLogic Form.io runs, never JavaScript strings', (file) => {
    const { form } = exportFormio(load(file));
    every(form.components, (c) => {
      expect(c.customConditional, c.key).toBeUndefined();
      expect(typeof c.calculateValue === 'string', c.key).toBe(false);
      for (const rule of [c.conditional && (c.conditional as { json?: unknown }).json, c.calculateValue]) {
        for (const op of operationsOf(rule)) expect(STANDARD_OPERATIONS.has(op) || FORMIO_OPERATIONS.has(op), `${c.key}: ${op}`).toBe(true);
      }
    });
  });
});

describe('exportFormio: what Form.io cannot express', () => {
  it('exports a field shown by age without its condition, and says so with the node’s path', () => {
    const def = load('bonus-alimentare.json');
    const node = def.steps[0].nodes.find((n) => n.key === 'importo_sostegni')!;
    node.visibleIf = { '>=': [{ age: [{ var: 'richiedente.birth_date' }] }, 65] };
    const { form, warnings } = exportFormio(def);
    const found: FormioComponent[] = [];
    every(form.components, (c) => c.key === 'importo_sostegni' && found.push(c));
    expect(found[0].conditional).toBeUndefined();
    expect(warnings).toContainEqual({
      path: '/steps/0/nodes/4/visibleIf',
      message: 'Form.io non sa calcolare «age»: «importo_sostegni» esportato sempre visibile',
    });
  });

  it('rewrites a condition on the applicant’s data to OpenCity’s path', () => {
    const def = load('bonus-alimentare.json');
    const node = def.steps[0].nodes.find((n) => n.key === 'importo_sostegni')!;
    node.visibleIf = { '==': [{ var: 'richiedente.address.municipality' }, 'Pisa'] };
    const { form } = exportFormio(def);
    let conditional: unknown;
    every(form.components, (c) => {
      if (c.key === 'importo_sostegni') conditional = c.conditional;
    });
    expect(conditional).toEqual({ json: { '==': [{ var: 'data.applicant.data.address.data.municipality' }, 'Pisa'] } });
  });

  it('says that a booking loses OpenCity’s calendar (opening hours, taken slots)', () => {
    const def = load('prenotazione-anagrafe.json');
    const stepIndex = def.steps.findIndex((s) => s.nodes.some((n) => n.type === 'booking'));
    const nodeIndex = def.steps[stepIndex].nodes.findIndex((n) => n.type === 'booking');
    const { warnings } = exportFormio(def);
    expect(warnings).toEqual([{ path: `/steps/${stepIndex}/nodes/${nodeIndex}`, message: expect.stringContaining('calendario') }]);
  });

  it('keeps an unknown block type as a notice and warns, instead of failing', () => {
    const def = load('pagamento-sanzioni.json');
    def.steps[0].nodes.push({ id: 'nuovo-1', type: 'firma_digitale', key: 'firma', props: {} });
    const { form, warnings } = exportFormio(def);
    expect(warnings.map((w) => w.path)).toContain(`/steps/0/nodes/${def.steps[0].nodes.length - 1}`);
    const keys: string[] = [];
    every(form.components, (c) => keys.push(c.key));
    expect(keys).toContain('firma');
  });
});
