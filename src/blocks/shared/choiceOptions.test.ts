import { describe, expect, it } from 'vitest';
import { choiceFieldProperties, optionEnum, optionsSummary, sampleOptions } from './choiceOptions';
import { optionsProp, requiredProp } from './props';

describe('choiceOptions', () => {
  it('le opzioni di esempio sono numerate, con valori validi come chiavi', () => {
    expect(sampleOptions(3)).toEqual([
      { value: 'opzione_1', label: 'Opzione 1' },
      { value: 'opzione_2', label: 'Opzione 2' },
      { value: 'opzione_3', label: 'Opzione 3' },
    ]);
    // Fresh each time: a new field's options are its own to edit.
    expect(sampleOptions(2)).not.toBe(sampleOptions(2));
  });

  it('l’ispettore mostra etichetta, aiuto, obbligatorio e opzioni, in quest’ordine', () => {
    const props = choiceFieldProperties();
    expect(Object.keys(props)).toEqual(['label', 'help', 'required', 'options']);
    expect(props.required).toBe(requiredProp);
    expect(props.options).toBe(optionsProp);
    const own = { ...requiredProp, description: 'Almeno una' };
    expect(choiceFieldProperties(own).required).toBe(own);
  });

  it('valori e nomi dell’enum seguono le opzioni; nessun enum finché non ce ne sono', () => {
    const options = [
      { value: 'intera', label: 'Tariffa intera' },
      { value: 'ridotta', label: 'Tariffa ridotta' },
    ];
    expect(optionEnum(options)).toEqual({ values: ['intera', 'ridotta'], names: ['Tariffa intera', 'Tariffa ridotta'] });
    expect(optionEnum([])).toBeUndefined();
    expect(optionEnum('non una lista')).toBeUndefined();
  });

  it('il riassunto conta le opzioni al singolare e al plurale', () => {
    expect(optionsSummary([{ value: 'a', label: 'A' }])).toBe('1 opzione');
    expect(optionsSummary(sampleOptions(4))).toBe('4 opzioni');
    expect(optionsSummary(undefined)).toBe('0 opzioni');
  });
});
