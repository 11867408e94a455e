/** The six flagship templates, restored from public/templates (tests and the CLI's default input). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { restore } from '../../model/restore';
import type { ServiceDefinition } from '../../model/types';

export function flagshipTemplates(root = process.cwd()): ServiceDefinition[] {
  const dir = join(root, 'public', 'templates');
  const names = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as string[];
  return names.map((name) => {
    const result = restore(readFileSync(join(dir, name), 'utf8'));
    if (!result.ok) throw new Error(`${name}: ${result.errors.map((e) => `${e.path} ${e.message}`).join('; ')}`);
    return result.definition;
  });
}
