import { describe, expect, expectTypeOf, it } from 'vitest';
import { bonusAlimentare, deepFreeze, sequentialIds } from '../fixtures';
import type { ServiceDefinition } from '../types';
import { validate } from '../validate';
import * as operations from './index';
import { applyCommand, commands, type Command, type CommandArgs } from './index';

describe('commands', () => {
  it('lists every operation by name', () => {
    const names = Object.keys(operations).filter((name) => typeof (operations as Record<string, unknown>)[name] === 'function');
    expect(Object.keys(commands).sort()).toEqual(names.filter((n) => n !== 'applyCommand').sort());
  });

  it('types each command with its own args', () => {
    expectTypeOf<CommandArgs<'moveNode'>>().toEqualTypeOf<operations.MoveNodeArgs>();
    expectTypeOf<Extract<Command, { name: 'setStatus' }>['args']>().toEqualTypeOf<operations.SetStatusArgs>();
    expectTypeOf<CommandArgs<'updateRequirement'>>().toEqualTypeOf<operations.UpdateRequirementArgs>();
    expectTypeOf<CommandArgs<'updateTechnical'>>().toEqualTypeOf<operations.UpdateTechnicalArgs>();
    expectTypeOf<CommandArgs<'removePersona'>>().toEqualTypeOf<string>();
  });

  it('dispatches by name, and an unknown name changes nothing', () => {
    const def = deepFreeze(bonusAlimentare());
    const next = applyCommand(def, { name: 'renameStep', args: { stepId: 'step-nucleo', title: 'Famiglia' } });
    expect(next.steps[1].title).toBe('Famiglia');
    expect(applyCommand(def, { name: 'toString', args: {} } as unknown as Command)).toBe(def);
  });

  it('supports undo and redo by snapshots: a session of edits, replayed', () => {
    const session: Command[] = [
      { name: 'addStep', args: { id: 'step-allegati', title: 'Allegati' } },
      {
        name: 'insertNode',
        args: {
          node: { id: 'node-isee-pdf', type: 'file', key: 'attestazione_isee', props: { label: 'Attestazione ISEE' } },
          to: { stepId: 'step-allegati', parentId: null, index: 0 },
        },
      },
      { name: 'moveNode', args: { nodeId: 'node-iban', to: { stepId: 'step-allegati', parentId: null, index: 1 } } },
      { name: 'updateNodeProps', args: { nodeId: 'node-isee-pdf', props: { maxSizeMb: 5 } } },
      { name: 'duplicateNode', args: { nodeId: 'node-email', idGen: sequentialIds('copia') } },
      { name: 'updateCard', args: { costs: 'Gratuito.' } },
      { name: 'setStatus', args: { status: 'draft' } },
      { name: 'removeStep', args: { stepId: 'step-nucleo' } },
    ];
    const history: ServiceDefinition[] = [deepFreeze(bonusAlimentare())];
    for (const command of session) history.push(deepFreeze(applyCommand(history[history.length - 1], command)));
    for (let i = 1; i < history.length; i += 1) expect(history[i]).not.toBe(history[i - 1]);
    expect(validate(history[history.length - 1])).toEqual([]);

    // Undo all the way: every snapshot is intact (nothing was mutated).
    expect(history[0]).toEqual(bonusAlimentare());
    // Redo from a snapshot gives the same result again (commands are pure).
    const replay = session.map((c) => (c.name === 'duplicateNode' ? { ...c, args: { ...c.args, idGen: sequentialIds('copia') } } : c));
    const redone = replay.reduce<ServiceDefinition>((def, command) => applyCommand(def, command), history[0]);
    expect(redone).toEqual(history[history.length - 1]);
  });
});
