/**
 * The flagship templates in `public/templates/`: each one a complete, valid
 * service that loads through the same path as the first-start seeding, uses
 * its pattern block, compiles, has every card section written, computes what
 * its real rules say, and has personas that walk the whole flow.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultRegistry } from '../blocks/registry';
import type { ComputeContext } from '../blocks/types';
import { checkService } from '../compile/checkService';
import { compile } from '../compile/compile';
import { createValidator } from '../compile/validator';
import { visibleStepSchema } from '../features/preview/journey/visibleStepSchema';
import type { FlowNode, ServiceDefinition } from '../model/types';
import { loadTemplates } from '../persistence/importExport/templates';
import { evaluateRule } from '../rules/evaluate';
import { runFlow } from '../runtime/engine';
import { bookingConfig } from '../blocks/booking/config';
import { freeSlots } from '../runtime/bookingSlots';
import { instantToRome } from '../runtime/romeTime';
import { serviceAvailability } from '../runtime/schedule';
import { TEMPLATES, templateFiles } from '../../scripts/templates/catalog';

const FOLDER = join(process.cwd(), 'public/templates');
const readTemplate = (file: string): string => readFileSync(join(FOLDER, file), 'utf8');

const INDEX: string[] = JSON.parse(readTemplate('index.json'));
const definitions = new Map<string, ServiceDefinition>(INDEX.map((file) => [file, JSON.parse(readTemplate(file))]));
const def = (file: string): ServiceDefinition => definitions.get(file)!;

/** A weekday morning inside the nursery window, before every persona's booking slot. */
const NOW = new Date('2027-03-01T09:00:00.000Z');
const evaluate = (rule: unknown, data: Record<string, unknown>, now = NOW) => evaluateRule(rule as never, data, { now });
const ctx = (now = NOW): ComputeContext => ({
  now,
  evaluate: (rule, data) => {
    const result = evaluate(rule, data, now);
    return result.ok ? result.value : null;
  },
});

function findNode(definition: ServiceDefinition, type: string, key?: string): FlowNode {
  const all: FlowNode[] = [];
  const visit = (nodes: FlowNode[]) => nodes.forEach((n) => (all.push(n), visit(n.children ?? [])));
  definition.steps.forEach((s) => visit(s.nodes));
  const found = all.find((n) => n.type === type && (key === undefined || n.key === key));
  if (!found) throw new Error(`Nessun nodo ${type} ${key ?? ''} in ${definition.id}`);
  return found;
}

function compute(definition: ServiceDefinition, type: string, answers: Record<string, unknown>, key?: string, now = NOW) {
  const node = findNode(definition, type, key);
  return defaultRegistry.get(type)!.compute!(node, answers, ctx(now)) as Record<string, any>;
}

const persona = (definition: ServiceDefinition, id: string) => definition.personas.find((p) => p.id === id)!.answers;

describe('the templates index', () => {
  it('lists the six flagship files, one per pattern, in catalogue order', () => {
    expect(INDEX).toEqual([
      'bonus-alimentare.json',
      'iscrizione-asilo-nido.json',
      'contrassegno-disabili.json',
      'pagamento-sanzioni.json',
      'mensa-scolastica.json',
      'prenotazione-anagrafe.json',
    ]);
    expect(new Set(TEMPLATES.map((t) => t.pattern))).toEqual(new Set(['benefit', 'ranking', 'permit', 'payment', 'booking']));
  });

  it('loads every template through restore(), as the first-start seeding does', async () => {
    const { templates, problems } = await loadTemplates(async (file) => readTemplate(file));
    expect(problems).toEqual([]);
    expect(templates.map((t) => t.file)).toEqual(INDEX);
    expect(new Set(templates.map((t) => t.definition.id)).size).toBe(INDEX.length);
  });

  it('is what scripts/templates/build.ts writes (the JSON files are not edited by hand)', () => {
    for (const { file, text } of templateFiles()) expect(readTemplate(file), file).toBe(text);
    expect(readTemplate('index.json')).toBe(`${JSON.stringify(INDEX, null, 2)}\n`);
  });
});

describe.each(TEMPLATES.map((t) => [t.file, t.pattern] as const))('%s', (file, pattern) => {
  const definition = def(file);

  it('passes the full check (format, props, rule lint) without errors', () => {
    const result = checkService(readTemplate(file));
    expect(result.ok ? [] : result.errors).toEqual([]);
    // The one warning left is the field catalogue typing «date-past» fields as text (see the report).
    for (const w of result.warnings) expect(w.message).toMatch(/«età» richiede una data/);
  });

  it(`uses the «${pattern}» pattern block and compiles with no unknown types`, () => {
    expect(() => findNode(definition, pattern)).not.toThrow();
    const flow = compile(definition);
    expect(flow.unknownTypes).toEqual([]);
    expect(flow.warnings).toEqual([]);
    expect(flow.steps).toHaveLength(definition.steps.length);
  });

  it('is a fresh, stable template: revision 0, fixed dates, no history', () => {
    expect(definition.revision).toBe(0);
    expect(definition.createdAt).toBe(definition.updatedAt);
    expect(definition.derivedFrom).toBeNull();
    expect(definition.history).toEqual([]);
    expect(['published', 'scheduled']).toContain(definition.status);
  });

  it('has every section of the service card written', () => {
    const { card } = definition;
    const texts = [
      'title', 'short_description', 'description', 'category', 'audience', 'who', 'how_to_do', 'what_you_need',
      'what_you_get', 'times_and_deadlines', 'conditions', 'conditions_file_url', 'costs', 'special_cases', 'more_info',
    ] as const;
    for (const key of texts) expect(card[key].trim().length, `card.${key}`).toBeGreaterThanOrEqual(3);
    expect(card.short_description.length).toBeLessThanOrEqual(255);
    expect(card.topics.length).toBeGreaterThan(0);
    expect(['online', 'booking']).toContain(card.access.channel);
    expect(card.access.text.length).toBeGreaterThanOrEqual(3);
    expect(card.access.url).toMatch(/^https:\/\//);
    expect(card.conditions_file_url).toMatch(/^https:\/\/.+\.pdf$/);
    for (const [key, value] of Object.entries(card.office)) expect(value.length, `card.office.${key}`).toBeGreaterThanOrEqual(3);
    expect(card.max_response_days).toBeGreaterThan(0);
  });

  it('has personas whose answers complete the flow: eligible, and valid against every visible step', () => {
    expect(definition.personas.length).toBeGreaterThanOrEqual(1);
    const flow = compile(definition);
    const validator = createValidator(flow);
    for (const { name, answers } of definition.personas) {
      const state = runFlow(definition, answers, NOW, (rule, data, now) => evaluateRule(rule, data, { now }));
      expect(state.problems, name).toEqual([]);
      expect(state.requirements.filter((r) => !r.ok), name).toEqual([]);
      expect(state.answers, `${name}: answers to hidden fields`).toEqual(answers);
      for (const stepId of state.visibleSteps) {
        const step = flow.steps.find((s) => s.id === stepId)!;
        const form = visibleStepSchema(step, state.hiddenNodeIds);
        const data = Object.fromEntries(form.keys.filter((k) => k in state.answers).map((k) => [k, state.answers[k]]));
        const { errors } = validator.validateFormData(data, form.schema);
        expect(errors.map((e) => `${e.property} ${e.message}`), `${name} · ${step.title}`).toEqual([]);
      }
    }
  });
});

describe('Buoni spesa – Bonus alimentare (benefit)', () => {
  const bonus = def('bonus-alimentare.json');
  const household = (n: number) => ({ nucleo: Array.from({ length: n }, (_, i) => ({ componente_nome: `Persona ${i + 1}` })) });

  it.each([
    [1, 150],
    [2, 300],
    [3, 400],
    [4, 450],
    [5, 500],
    [7, 600],
    [9, 600],
  ])('gives Pisa 2021’s amount to a household of %i: %i €, capped at 600 €', (members, euros) => {
    const result = compute(bonus, 'benefit', household(members));
    expect(result.amount).toBe(euros);
    expect(result.capped).toBe(members > 7);
  });

  it('computes the personas’ amounts and explains them', () => {
    expect(compute(bonus, 'benefit', persona(bonus, 'bonus-persona-sola')).amount).toBe(150);
    const three = compute(bonus, 'benefit', persona(bonus, 'bonus-persona-famiglia-tre'));
    expect(three.amount).toBe(400);
    expect(three.iban).toEqual({ value: 'IT60X0542811101000000123456', valid: true });
    expect(three.explanation.map((p: { text: string }) => p.text).join(' ')).toContain('400,00');
    expect(compute(bonus, 'benefit', persona(bonus, 'bonus-persona-famiglia-cinque')).amount).toBe(500);
  });

  it('refuses an ISEE above 16.500 € and a non-resident household, with the official’s messages', () => {
    const answers = { ...persona(bonus, 'bonus-persona-sola'), isee: { value: 16500.01 }, residente: false };
    const state = runFlow(bonus, answers, NOW, (rule, data, now) => evaluateRule(rule, data, { now }));
    expect(state.eligible).toBe(false);
    expect(state.requirements.filter((r) => !r.ok).map((r) => r.id)).toEqual(['bonus-req-residenza', 'bonus-req-isee']);
    expect(state.requirements.find((r) => r.id === 'bonus-req-isee')!.message).toMatch(/16\.500 €/);
  });
});

describe('Iscrizione all’asilo nido (ranking)', () => {
  const nido = def('iscrizione-asilo-nido.json');

  it('is scheduled from midnight of 1 March to midnight of 1 April 2027, Rome time', () => {
    expect(nido.status).toBe('scheduled');
    const opens = new Date(nido.schedule.opensAt!);
    const closes = new Date(nido.schedule.closesAt!);
    expect(instantToRome(opens)).toMatchObject({ date: '2027-03-01', time: '00:00' });
    // After the change to summer time on 28 March: still midnight in Rome.
    expect(instantToRome(closes)).toMatchObject({ date: '2027-04-01', time: '00:00' });
    expect(serviceAvailability(nido, new Date(opens.getTime() - 1)).open).toBe(false);
    expect(serviceAvailability(nido, opens).open).toBe(true);
    expect(serviceAvailability(nido, new Date(closes.getTime() - 1)).open).toBe(true);
    expect(serviceAvailability(nido, closes).open).toBe(false);
    expect(serviceAvailability(nido, new Date('2027-02-01T10:00:00Z')).label).toBe('Programmato — apre il 1/3/2027');
  });

  it('scores the family with two working parents by Bologna’s criteria: 49 points', () => {
    const result = compute(nido, 'ranking', persona(nido, 'nido-persona-due-genitori'));
    expect(result.total).toBe(49);
    const points = Object.fromEntries(result.breakdown.map((b: { criterionId: string; points: number }) => [b.criterionId, b.points]));
    expect(points).toMatchObject({ precedenza: 0, nucleo: 0, fratelli: 15, gemello: 4, lavoro: 30 });
  });

  it('puts a disabled child first through the priority criterion: 1.000 + 15 + 20 points', () => {
    const result = compute(nido, 'ranking', persona(nido, 'nido-persona-mamma-sola'));
    expect(result.total).toBe(1035);
    expect(result.places).toBe(108);
    expect(result.waitingList).toBe(true);
    expect(result.publicationDate).toBe('2027-05-31');
  });

  it('shows the L. 104 certificate only when the child has a disability', () => {
    const certificate = findNode(nido, 'attachment', 'certificazione_104');
    const run = (disabilita: boolean) =>
      runFlow(nido, { bambino: { disabilita } }, NOW, (rule, data, now) => evaluateRule(rule, data, { now })).hiddenNodeIds;
    expect(run(false).has(certificate.id)).toBe(true);
    expect(run(true).has(certificate.id)).toBe(false);
  });

  it('accepts children born from 1 January 2025 to 31 May 2027 only', () => {
    const born = (data_nascita: string) =>
      runFlow(nido, { residente: true, bambino: { data_nascita } }, NOW, (rule, data, now) => evaluateRule(rule, data, { now })).eligible;
    expect(born('2024-12-31')).toBe(false);
    expect(born('2025-01-01')).toBe(true);
    expect(born('2027-05-31')).toBe(true);
  });
});

describe('Contrassegno per persone con disabilità (permit)', () => {
  const cude = def('contrassegno-disabili.json');

  it('answers within 30 days and lasts 5 years when permanent, renewable from 90 days before', () => {
    const result = compute(cude, 'permit', persona(cude, 'cude-persona-pensionato'), 'contrassegno');
    expect(result.expectedDecisionDate).toBe('2027-03-31');
    expect(result.validUntil).toBe('2032-03-31');
    expect(result.renewalFrom).toBe('2032-01-01');
    expect(result.missingDocuments).toEqual([]);
  });

  it('has a temporary badge with no fixed validity and no renewal, shown only for temporary conditions', () => {
    const result = compute(cude, 'permit', persona(cude, 'cude-persona-figlia'), 'contrassegno_temporaneo');
    expect(result.validUntil).toBeNull();
    expect(result.renewalFrom).toBeNull();
    expect(result.missingDocuments).toEqual([]);
    const state = runFlow(cude, persona(cude, 'cude-persona-figlia'), NOW, (rule, data, now) => evaluateRule(rule, data, { now }));
    expect(state.hiddenNodeIds.has(findNode(cude, 'permit', 'contrassegno').id)).toBe(true);
    expect(state.hiddenNodeIds.has(findNode(cude, 'section', 'marche_bollo').id)).toBe(false);
  });
});

describe('Pagamento sanzioni (payment due)', () => {
  const fines = def('pagamento-sanzioni.json');
  const answers = persona(fines, 'sanzioni-persona-entro-cinque');

  it.each([
    ['2026-06-14T10:00:00Z', 'discount-30', 43.9],
    ['2026-07-20T10:00:00Z', 'reduced', 56.5],
    ['2026-09-01T10:00:00Z', 'half-maximum', 101],
  ])('on %s the fine notified on 12 June 2026 is in the «%s» band: %d €', (now, band, euros) => {
    const result = compute(fines, 'payment', answers, undefined, new Date(now));
    expect(result.noticeCode.valid).toBe(true);
    expect(result.fine.band).toBe(band);
    expect(result.amount).toBe(euros);
  });
});

describe('Mensa scolastica (recurring payment)', () => {
  const canteen = def('mensa-scolastica.json');

  it('charges a resident with ISEE 5.400 € the 2 € meal, 5 days a week: 40 € in 9 monthly instalments, Sep–May', () => {
    const result = compute(canteen, 'payment', persona(canteen, 'mensa-persona-isee-basso'));
    expect(result.amount).toBe(40);
    expect(result.instalments).toHaveLength(9);
    expect(result.instalments[0].dueDate).toBe('2027-09-30');
    expect(result.instalments[8].dueDate).toBe('2028-05-30');
    expect(result.total).toBe(360);
  });

  it('charges non-residents the full 4,50 € meal: 3 days a week, 54 € a month', () => {
    expect(compute(canteen, 'payment', persona(canteen, 'mensa-persona-non-residente')).amount).toBe(54);
  });

  it.each([
    [6000, 2],
    [6000.01, 3.5],
    [9360, 3.5],
    [15000, 4],
    [15000.01, 4.5],
  ])('uses Manfredonia’s bracket for ISEE %d €: %d € a meal', (isee, meal) => {
    const result = compute(canteen, 'payment', { residente: true, isee: { value: isee }, alunno: { giorni_mensa: 1 } });
    expect(result.amount).toBe(meal * 4);
  });
});

describe('Prenotazione appuntamento all’Anagrafe (booking)', () => {
  const booking = def('prenotazione-anagrafe.json');
  const config = bookingConfig(findNode(booking, 'booking').props);

  it('offers 20-minute slots within Alessandria’s URP hours, at least 24 hours ahead, for 30 days', () => {
    const slots = freeSlots(config, NOW);
    expect(slots.length).toBeGreaterThan(100);
    for (const slot of slots) {
      expect(slot.end.getTime() - slot.start.getTime()).toBe(20 * 60 * 1000);
      expect(slot.start.getTime() - NOW.getTime()).toBeGreaterThanOrEqual(24 * 3600 * 1000);
      const { weekday, time } = instantToRome(slot.start);
      expect(weekday).toBeLessThanOrEqual(5);
      expect(time >= '08:30').toBe(true);
      expect(time < ([2, 4].includes(weekday) ? '15:30' : '12:30')).toBe(true);
    }
  });

  it('has the personas’ appointments among the free slots', () => {
    for (const id of ['anagrafe-persona-rinnovo', 'anagrafe-persona-minore']) {
      const result = compute(booking, 'booking', persona(booking, id));
      expect(result.problems).toEqual([]);
      expect(result.selected.free, id).toBe(true);
    }
  });
});
