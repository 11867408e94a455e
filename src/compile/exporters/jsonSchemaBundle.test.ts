import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultRegistry } from '../../blocks/registry';
import { visibleStepSchema } from '../../features/preview/journey/visibleStepSchema';
import type { ServiceDefinition } from '../../model/types';
import { evaluateRule } from '../../rules/evaluate';
import { computeVisibility } from '../../runtime/engine';
import { compile } from '../compile';
import { DRAFT_07, jsonSchemaBundle } from './jsonSchemaBundle';

const FOLDER = join(process.cwd(), 'public/templates');
const files: string[] = JSON.parse(readFileSync(join(FOLDER, 'index.json'), 'utf8'));
const load = (file: string): ServiceDefinition => JSON.parse(readFileSync(join(FOLDER, file), 'utf8'));
const NOW = new Date('2027-03-01T09:00:00.000Z');

/** A portal's validator: plain Ajv (draft-07), standard formats, plus the custom ones the bundle names. */
function portalAjv(formats: string[]): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const checks = defaultRegistry.formats();
  // rjsf's own format for uploads (as @rjsf/validator-ajv8 defines it).
  const dataUrl = /^data:([a-z]+\/[a-z0-9-+.]+)?;(?:name=(.*);)?base64,(.*)$/;
  for (const name of formats) ajv.addFormat(name, checks[name] ?? (name === 'data-url' ? dataUrl : () => false));
  return ajv;
}

describe.each(files)('JSON Schema bundle of %s', (file) => {
  const def = load(file);
  const bundle = jsonSchemaBundle(def);

  it('names the service and lists one draft-07 schema + uiSchema per step, in flow order', () => {
    expect(bundle.$schema).toBe(DRAFT_07);
    expect(bundle.service).toEqual({ id: def.id, title: def.card.title, revision: def.revision });
    expect(bundle.steps.map((s) => s.title)).toEqual(def.steps.map((s) => s.title));
    const ajv = portalAjv(bundle.formats);
    for (const step of bundle.steps) {
      expect(step.schema.$schema).toBe(DRAFT_07);
      expect(ajv.validateSchema(step.schema), `${step.title}: ${ajv.errorsText()}`).toBe(true);
      expect(step.uiSchema['ui:order']).toEqual(expect.any(Array));
    }
  });

  it('accepts the answers of each sample citizen (persona), step by step, and is plain JSON', () => {
    const roundTripped = JSON.parse(JSON.stringify(bundle));
    expect(roundTripped).toEqual(bundle);
    const ajv = portalAjv(bundle.formats);
    const flow = compile(def);
    expect(def.personas.length).toBeGreaterThan(0);
    for (const persona of def.personas) {
      const visibility = computeVisibility(def, persona.answers, NOW, (rule, data, now) => evaluateRule(rule, data, { now }));
      bundle.steps.forEach((step, i) => {
        if (!visibility.visibleSteps.includes(step.id)) return;
        // A portal skips hidden fields (x-visible-if) as our preview does.
        const visible = visibleStepSchema({ ...flow.steps[i], schema: roundTripped.steps[i].schema }, visibility.hiddenNodeIds);
        const data = Object.fromEntries(visible.keys.filter((k) => k in persona.answers).map((k) => [k, persona.answers[k]]));
        const validate = ajv.compile(visible.schema);
        expect(validate(data), `${persona.name} · ${step.title}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      });
    }
  });
});

describe('JSON Schema bundle: bad answers', () => {
  it('rejects a wrong codice fiscale with the step schema, naming the field', () => {
    const def = load('mensa-scolastica.json');
    const bundle = jsonSchemaBundle(def);
    const ajv = portalAjv(bundle.formats);
    const step = bundle.steps.find((s) => JSON.stringify(s.schema).includes('codice_fiscale_alunno'))!;
    const answers = structuredClone(def.personas[0].answers) as Record<string, Record<string, unknown>>;
    answers.alunno.codice_fiscale_alunno = 'RSSMRA80A01H501X';
    const validate = ajv.compile(step.schema);
    expect(validate({ alunno: answers.alunno })).toBe(false);
    expect(validate.errors?.[0].instancePath).toBe('/alunno/codice_fiscale_alunno');
  });
});
