// @vitest-environment node
/**
 * The command itself, as `npm start` runs it: a first start with no tokens
 * configured creates and prints them, serves the app and the API on one
 * origin, keeps what was written across a restart, and stops cleanly on
 * SIGTERM.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = process.cwd();

interface Started {
  child: ChildProcess;
  base: string;
  output: () => string;
}

/** Starts `server/src/main.ts` in `cwd` on a free port and waits for its start-up line. */
function startMain(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Started> {
  // tsx, as `npm start` runs it (it relays SIGTERM to the server).
  const child = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'server/src/main.ts'), '--port', '0', ...args], {
    cwd,
    env: { ...process.env, MATTONCINI_TOKENS: '', MATTONCINI_TOKENS_FILE: '', DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Il server non è partito:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Mattoncini: (http:\/\/\S+)/.exec(output);
      if (match && output.includes('Token:')) {
        clearTimeout(timer);
        resolve({ child, base: match[1].replace('localhost', '127.0.0.1'), output: () => output });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`Il server è uscito (${code}):\n${output}`)));
  });
}

const stop = (started: Started) =>
  new Promise<number | null>((resolve) => {
    started.child.removeAllListeners('exit');
    started.child.on('exit', (code) => resolve(code));
    started.child.kill('SIGTERM');
  });

describe('server/src/main.ts', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'mattoncini-main-'));
    mkdirSync(path.join(dir, 'dist'));
    writeFileSync(path.join(dir, 'dist/index.html'), '<!doctype html><title>Mattoncini</title>');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates and prints tokens on a first start, serves app and API, keeps data across a restart, stops on SIGTERM', async () => {
    const first = await startMain(dir, []);
    const tokens = JSON.parse(readFileSync(path.join(dir, 'data/tokens.json'), 'utf8')) as Record<string, { role: string }>;
    const technical = Object.entries(tokens).find(([, who]) => who.role === 'technical')![0];
    expect(first.output()).toContain(technical);
    expect(first.output()).toContain('SQLite data/mattoncini.sqlite');

    const shell = await fetch(`${first.base}/servizi/tpl-mensa-scolastica/editor`, { headers: { accept: 'text/html' } });
    expect(await shell.text()).toContain('<title>Mattoncini</title>');
    const definition = readFileSync(path.join(ROOT, 'public/templates/mensa-scolastica.json'), 'utf8');
    const created = await fetch(`${first.base}/api/v1/services`, {
      method: 'POST',
      headers: { authorization: `Bearer ${technical}`, 'content-type': 'application/json' },
      body: definition,
    });
    expect(created.status).toBe(201);
    expect(await stop(first)).toBe(0);
    expect(first.output()).toContain('SIGTERM: chiusura del server');

    const second = await startMain(dir, []);
    expect(second.output()).not.toContain('nuovo token');
    const list = await fetch(`${second.base}/api/v1/services`, { headers: { authorization: `Bearer ${technical}` } });
    expect((await list.json()).services.map((s: { id: string }) => s.id)).toEqual(['tpl-mensa-scolastica']);
    expect(await stop(second)).toBe(0);
  }, 90_000);

  it('refuses to start with a broken token list, saying why', async () => {
    await expect(startMain(dir, ['--db', ':memory:'], { MATTONCINI_TOKENS: 'corto:Maria:official' })).rejects.toThrow(
      /Avvio non riuscito: MATTONCINI_TOKENS, voce 1: il token deve avere almeno 8 caratteri/,
    );
  }, 60_000);
});
