import { describe, expect, it } from 'vitest';
import type { FlowNode, ServiceDefinition } from '../model/types';
import { createRegistry, defaultRegistry } from './registry';
import { template } from './testing/templateNode';
import { sameJson, technicalChanges } from './technicalChanges';

const fines = () => template('pagamento-sanzioni.json');
const copy = <T>(value: T): T => structuredClone(value);

describe('technicalChanges', () => {
  it('finds nothing when an official edits only the card, labels and steps', () => {
    const before = fines();
    const after = copy(before);
    after.card.title = 'Pagamento delle multe';
    after.steps[0].nodes[1].props.label = 'Numero del verbale';
    after.steps[0].nodes.reverse(); // moving nodes is not a technical change
    expect(technicalChanges(before, after)).toEqual([]);
  });

  it('names each technical setting changed, with its path and the settings page’s label', () => {
    const before = fines();
    const after = copy(before);
    after.technical.accessLevel = 'cie';
    after.technical.protocol.registry = 'Registro generale';
    after.technical.payment.taxonomyCode = '9/0301100TS/';
    after.technical.integrations.push({ id: 'int-1', name: 'Gestionale multe', url: 'https://multe.example', event: 'submitted' });
    expect(technicalChanges(before, after)).toEqual([
      { path: '/technical/accessLevel', label: 'Livello di accesso' },
      { path: '/technical/protocol/registry', label: 'Protocollo: registro' },
      { path: '/technical/payment/taxonomyCode', label: 'Pagamenti pagoPA: codice tassonomico' },
      { path: '/technical/integrations', label: 'Integrazioni' },
    ]);
  });

  it('names a block’s reserved prop by its inspector title, at the node’s path, matched by id after a move', () => {
    const before = fines();
    const after = copy(before);
    const payment = after.steps[1].nodes[0];
    expect(payment.type).toBe('payment');
    payment.props.entityTaxCode = '00353170455';
    // The payment block moves below the e-mail field: it is still the same node.
    const [, email, ...rest] = after.steps[1].nodes;
    after.steps[1].nodes = [email, payment, ...rest];
    expect(technicalChanges(before, after)).toEqual([
      { path: '/steps/1/nodes/1/props/entityTaxCode', label: 'Codice fiscale dell’ente creditore' },
    ]);
  });

  it('counts reserved props inside sections (nested children)', () => {
    const before = template('bonus-alimentare.json');
    const after = copy(before);
    let found: string | undefined;
    after.steps.forEach((step, s) =>
      step.nodes.forEach((node, n) =>
        (node.children ?? []).forEach((child, c) => {
          if (found || !defaultRegistry.get(child.type)?.technicalProps.includes('integrationKey')) return;
          child.props.integrationKey = 'anagrafe.residenza';
          found = `/steps/${s}/nodes/${n}/children/${c}/props/integrationKey`;
        }),
      ),
    );
    expect(found).toBeDefined();
    expect(technicalChanges(before, after)).toEqual([{ path: found, label: 'Chiave di integrazione' }]);
  });

  it('counts a new node only when a reserved prop differs from its block’s default', () => {
    const before = fines();
    const plain: FlowNode = { id: 'n-new-text', type: 'text', key: 'protocollo_interno', props: { label: 'Protocollo interno' } };
    const wired: FlowNode = { id: 'n-new-code', type: 'text', key: 'codice_cliente', props: { label: 'Codice cliente', integrationKey: 'crm.cliente' } };
    const after = copy(before);
    after.steps[0].nodes.push(plain, wired);
    expect(technicalChanges(before, after)).toEqual([
      { path: '/steps/0/nodes/7/props/integrationKey', label: 'Chiave di integrazione' },
    ]);
  });

  it('does not count a removed node, even one with reserved props', () => {
    const before = fines();
    const after = copy(before);
    after.steps[1].nodes.splice(0, 1);
    expect(technicalChanges(before, after)).toEqual([]);
  });

  it('treats a setting unknown to this version as reserved, named by its key', () => {
    const before = fines();
    const after = copy(before) as ServiceDefinition & { technical: Record<string, unknown> };
    after.technical.archive = { days: 30 };
    expect(technicalChanges(before, after)).toEqual([{ path: '/technical/archive', label: 'Impostazione tecnica «archive»' }]);
  });

  it('reads technicalProps from the registry it is given', () => {
    const before = fines();
    const after = copy(before);
    after.steps[1].nodes[0].props.gateway = 'PagoPA-Nodo';
    const noPayment = createRegistry(defaultRegistry.all().filter((b) => b.type !== 'payment'));
    expect(technicalChanges(before, after, noPayment)).toEqual([]);
    expect(technicalChanges(before, after)).toEqual([
      { path: '/steps/1/nodes/0/props/gateway', label: 'Intermediario tecnologico (gateway)' },
    ]);
  });
});

describe('sameJson', () => {
  it('ignores key order and compares arrays in order', () => {
    expect(sameJson({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
    expect(sameJson({ a: undefined }, {})).toBe(true);
    expect(sameJson(null, {})).toBe(false);
    expect(sameJson([], {})).toBe(false);
  });
});
