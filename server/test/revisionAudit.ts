/**
 * After the load: is every accepted revision stored exactly once? For each
 * service the revisions must be 1..n with no gap and no duplicate, n must be
 * 1 + the updates the clients saw accepted, and no two clients may have been
 * told that the same revision was theirs.
 */
import type { RevisionInfo } from '../../src/model';

export interface StorageCheck {
  ok: boolean;
  /** Revision rows read back, over all services. */
  rows: number;
  problems: string[];
}

export function checkRevisions(
  acceptedByService: ReadonlyMap<string, readonly number[]>,
  storedByService: ReadonlyMap<string, readonly RevisionInfo[]>,
): StorageCheck {
  const problems: string[] = [];
  let rows = 0;
  for (const [id, stored] of storedByService) {
    rows += stored.length;
    const accepted = acceptedByService.get(id) ?? [];
    const numbers = stored.map((r) => r.revision).sort((a, b) => a - b);
    if (new Set(numbers).size !== numbers.length) problems.push(`${id}: revisioni duplicate`);
    if (numbers.some((n, i) => n !== i + 1)) problems.push(`${id}: revisioni con buchi (${numbers.slice(0, 5).join(', ')}…)`);
    if (numbers.length !== 1 + accepted.length) {
      problems.push(`${id}: ${numbers.length} revisioni salvate, attese ${1 + accepted.length} (1 + ${accepted.length} accettate)`);
    }
    if (new Set(accepted).size !== accepted.length) problems.push(`${id}: la stessa revisione accettata per due client`);
    const storedSet = new Set(numbers);
    const missing = accepted.filter((revision) => !storedSet.has(revision));
    if (missing.length > 0) problems.push(`${id}: revisioni accettate ma non salvate: ${missing.slice(0, 5).join(', ')}`);
  }
  for (const id of acceptedByService.keys()) if (!storedByService.has(id)) problems.push(`${id}: nessuna revisione letta`);
  return { ok: problems.length === 0, rows, problems };
}
