/**
 * The import journey: read the chosen file, validate every service in it
 * (all or nothing), then ask about every id already stored before writing.
 * Nothing is written until the file is valid and every conflict has an answer.
 */
import { useCallback, useState } from 'react';
import type { Issue } from '../../../model/issues';
import type { ServiceDefinition } from '../../../model/types';
import {
  findConflicts,
  parseImportText,
  planImport,
  type ConflictChoice,
  type ExistingService,
  type ImportConflict,
} from '../../../persistence/importExport';
import { restoreOptions, serviceRepository } from '../data/catalogServices';

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'reading'; file: string }
  | { phase: 'errors'; file: string; errors: Issue[] }
  | { phase: 'conflicts'; file: string; definitions: ServiceDefinition[]; conflicts: ImportConflict[]; warnings: Issue[] };

export interface ImportOutcome {
  imported: number;
  warnings: number;
}

async function storedServices(): Promise<Map<string, ExistingService>> {
  const [list, trash] = await Promise.all([serviceRepository.list(), serviceRepository.listTrash()]);
  const stored = new Map<string, ExistingService>();
  for (const s of list) stored.set(s.id, { id: s.id, title: s.title, inTrash: false });
  for (const s of trash) stored.set(s.id, { id: s.id, title: s.title, inTrash: true });
  return stored;
}

async function write(
  definitions: ServiceDefinition[],
  conflicts: ImportConflict[],
  choices: Record<string, ConflictChoice>,
): Promise<number> {
  const plan = planImport(definitions, conflicts, choices, { now: new Date() });
  await serviceRepository.putMany(plan.toPut);
  for (const id of plan.toRestoreFromTrash) await serviceRepository.restoreFromTrash(id);
  return plan.toPut.length;
}

/** `onDone` runs after a successful write (reload the list, say so). */
export function useImport(onDone: (outcome: ImportOutcome) => void, onError: (message: string) => void) {
  const [state, setState] = useState<ImportState>({ phase: 'idle' });

  const start = useCallback(
    async (file: File) => {
      setState({ phase: 'reading', file: file.name });
      try {
        const parsed = parseImportText(await file.text(), restoreOptions);
        if (!parsed.ok) {
          setState({ phase: 'errors', file: file.name, errors: parsed.errors });
          return;
        }
        const conflicts = findConflicts(parsed.definitions, await storedServices());
        if (conflicts.length > 0) {
          setState({ phase: 'conflicts', file: file.name, definitions: parsed.definitions, conflicts, warnings: parsed.warnings });
          return;
        }
        const imported = await write(parsed.definitions, [], {});
        setState({ phase: 'idle' });
        onDone({ imported, warnings: parsed.warnings.length });
      } catch (error) {
        setState({ phase: 'idle' });
        onError(error instanceof Error ? error.message : String(error));
      }
    },
    [onDone, onError],
  );

  const resolve = useCallback(
    async (choices: Record<string, ConflictChoice>) => {
      if (state.phase !== 'conflicts') return;
      try {
        const imported = await write(state.definitions, state.conflicts, choices);
        setState({ phase: 'idle' });
        onDone({ imported, warnings: state.warnings.length });
      } catch (error) {
        setState({ phase: 'idle' });
        onError(error instanceof Error ? error.message : String(error));
      }
    },
    [state, onDone, onError],
  );

  const cancel = useCallback(() => setState({ phase: 'idle' }), []);
  return { state, start, resolve, cancel };
}
