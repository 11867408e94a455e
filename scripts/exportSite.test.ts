import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createBlankService } from '../src/model/factory';
import { bonusAlimentare } from '../src/model/fixtures';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'mattoncini-export-site-'));

async function exportSite(...args: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'scripts/exportSite.ts', ...args], { cwd: process.cwd() });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

describe('npm run export-site', () => {
  it('exports the flagship templates by default: home, list, booking page and six service pages, exit 0', async () => {
    const out = join(dir, 'sito');
    const { code, out: log } = await exportSite('--out', out, '--comune', 'Comune di Borgo Esempio');
    expect(code).toBe(0);
    expect(log).toContain('Sito esportato');
    expect(log).toContain('6 servizi');
    for (const page of ['index.html', 'servizi/index.html', 'prenota-appuntamento/index.html', 'css/bootstrap-italia.min.css', 'css/fonts.css', 'js/feedback.js', 'svg/sprites.svg']) {
      expect(existsSync(join(out, page)), page).toBe(true);
    }
    const list = readFileSync(join(out, 'servizi/index.html'), 'utf8');
    expect(list.match(/data-element="service-link"/g)).toHaveLength(6);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('Comune di Borgo Esempio');
  }, 60_000);

  it('takes files and folders; leaves out services that are not published', async () => {
    const input = join(dir, 'input');
    const out = join(dir, 'sito-2');
    mkdirSync(input, { recursive: true });
    writeFileSync(join(input, 'bonus.json'), JSON.stringify(bonusAlimentare()));
    writeFileSync(join(input, 'bozza.json'), JSON.stringify(createBlankService('Bozza')));
    const { code, out: log } = await exportSite('--out', out, input);
    expect(code).toBe(0);
    expect(log).toContain('1 servizio (1 non pubblicato, escluso)');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('Comune di Esempio');
  }, 60_000);

  it('an invalid file: Italian errors with the JSON path, exit 1, nothing written', async () => {
    const broken = bonusAlimentare() as unknown as { card: { title: number } };
    broken.card.title = 42;
    const file = join(dir, 'rotto.json');
    writeFileSync(file, JSON.stringify(broken));
    const out = join(dir, 'non-scritto');
    const { code, out: log } = await exportSite('--out', out, file, 'public/templates');
    expect(code).toBe(1);
    expect(log).toContain('/card/title');
    expect(log).toContain('Nessun file scritto');
    expect(existsSync(out)).toBe(false);
  }, 60_000);

  it('without --out: says how to use it, exit 1', async () => {
    const { code, out } = await exportSite();
    expect(code).toBe(1);
    expect(out).toContain('Indica la cartella di destinazione con --out.');
    expect(out).toContain('Uso: npm run export-site');
  }, 60_000);
});
