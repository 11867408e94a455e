/**
 * Deciding what an import writes. An import never overwrites silently: a
 * service whose id is already stored (in the catalogue or in the trash) is a
 * conflict, and the official chooses, for each, "Sostituisci" (the file's
 * version takes the place of the stored one) or "Mantieni entrambi" (the file's
 * version comes in as a copy with fresh ids).
 */
import { duplicateService, type IdGenerator } from '../../model';
import type { ServiceDefinition } from '../../model/types';

/** What is stored under an id the file also uses. */
export interface ExistingService {
  id: string;
  title: string;
  /** Whether the stored one is in the trash. */
  inTrash: boolean;
}

export interface ImportConflict {
  incoming: ServiceDefinition;
  existing: ExistingService;
}

export type ConflictChoice = 'replace' | 'keep-both';

export interface ImportWrite {
  /** Definitions to write, all together (`putMany`). */
  toPut: ServiceDefinition[];
  /** Replaced services that were in the trash: take them out, the official wants them back. */
  toRestoreFromTrash: string[];
}

/** The incoming services whose id is already stored, in file order. */
export function findConflicts(
  incoming: readonly ServiceDefinition[],
  existing: ReadonlyMap<string, ExistingService>,
): ImportConflict[] {
  return incoming.flatMap((definition) => {
    const found = existing.get(definition.id);
    return found ? [{ incoming: definition, existing: found }] : [];
  });
}

/**
 * Applies the official's choices. Throws if a conflict has no choice: that is
 * a bug in the caller, and silently replacing is exactly what must not happen.
 */
export function planImport(
  incoming: readonly ServiceDefinition[],
  conflicts: readonly ImportConflict[],
  choices: Readonly<Record<string, ConflictChoice>>,
  { now, idGen }: { now: Date; idGen?: IdGenerator },
): ImportWrite {
  const conflictById = new Map(conflicts.map((c) => [c.incoming.id, c]));
  const toPut: ServiceDefinition[] = [];
  const toRestoreFromTrash: string[] = [];
  for (const definition of incoming) {
    const conflict = conflictById.get(definition.id);
    if (!conflict) {
      toPut.push(definition);
      continue;
    }
    const choice = Object.prototype.hasOwnProperty.call(choices, definition.id) ? choices[definition.id] : undefined;
    if (choice === 'replace') {
      toPut.push(definition);
      if (conflict.existing.inTrash) toRestoreFromTrash.push(definition.id);
    } else if (choice === 'keep-both') {
      toPut.push(duplicateService(definition, { now, idGen }));
    } else {
      throw new Error(`No choice for the conflicting service ${definition.id}`);
    }
  }
  return { toPut, toRestoreFromTrash };
}
