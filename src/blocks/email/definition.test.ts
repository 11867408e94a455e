import { describe, expect, it } from 'vitest';
import { describeBlockContract, failingKeywords, nodeOf, testContext } from '../testing/contract';
import { emailBlock } from './definition';

describeBlockContract(emailBlock);

describe('email', () => {
  const out = emailBlock.compile(nodeOf(emailBlock, { label: 'Email di contatto', required: true }), testContext());

  it('controlla il formato dell’indirizzo', () => {
    expect(out.schema).toMatchObject({ type: 'string', format: 'email' });
    expect(failingKeywords(out.schema!, 'mario.rossi@comune.roma.it')).toEqual([]);
    expect(failingKeywords(out.schema!, 'mario.rossi@')).toEqual(['format']);
    expect((out.schema!['x-messages'] as Record<string, string>).format).toBe(
      'Il campo «Email di contatto» non contiene un indirizzo email valido (es. nome@esempio.it)',
    );
  });
});
