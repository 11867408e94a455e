// @vitest-environment node
/**
 * The server shares the app's model and block registry but must never import
 * React or a view: it runs in Node without a DOM, and a .tsx reached by
 * accident would pull the whole UI in.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importGraph } from './importGraph';

describe('what the server imports', () => {
  it('reaches src/model and src/blocks but no .tsx file and no React package', () => {
    const graph = importGraph('server/src/main.ts');
    const relative = graph.files.map((file) => path.relative(process.cwd(), file));
    expect(relative).toContain('src/model/restore.ts');
    expect(relative).toContain('src/blocks/technicalChanges.ts');
    expect(relative.filter((file) => file.endsWith('.tsx'))).toEqual([]);
    expect(relative.filter((file) => file.startsWith('src/features/') || file.startsWith('src/app/') || file.startsWith('src/store/'))).toEqual([]);
    expect(graph.packages.filter((name) => /^(react|react-dom|@dnd-kit|zustand|dexie|i18next|react-i18next|@rjsf)/.test(name))).toEqual([]);
    expect(graph.packages).toEqual(expect.arrayContaining(['fastify', 'better-sqlite3', 'pg']));
  });
});
