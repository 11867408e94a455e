import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createBlankService } from '../src/model/factory';
import { bonusAlimentare } from '../src/model/fixtures';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'mattoncini-validate-'));

async function validate(...files: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await run('npx', ['tsx', 'scripts/validate.ts', ...files], { cwd: process.cwd() });
    return { code: 0, out: stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

function write(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
}

describe('npm run validate', () => {
  it('accepts a valid service and exits 0', async () => {
    const file = write('valido.json', createBlankService('Iscrizione al servizio di trasporto scolastico'));
    const { code, out } = await validate(file);
    expect(code).toBe(0);
    expect(out).toContain('definizione di servizio valida');
  }, 30_000);

  it('lists every error with its JSON path in Italian and exits 1', async () => {
    const broken = bonusAlimentare() as unknown as Record<string, any>;
    broken.card.title = '';
    broken.steps[0].nodes[0].key = 'Nome Richiedente';
    broken.status = 'aperto';
    const file = write('rotto.json', broken);
    const { code, out } = await validate(file);
    expect(code).toBe(1);
    expect(out).toContain('/card/title');
    expect(out).toContain('/steps/0/nodes/0/key');
    expect(out).toContain('/status');
    expect(out).toMatch(/titolo/i);
  }, 30_000);

  it('reports a rule that names a missing field, with its path', async () => {
    const def = bonusAlimentare();
    def.requirements = [{ id: 'r1', name: 'ISEE basso', rule: { '<=': [{ var: 'isee_valor' }, 16500] }, message: 'ISEE troppo alto' }];
    const { code, out } = await validate(write('regola.json', def));
    expect(code).toBe(1);
    expect(out).toContain('/requirements/0/rule');
    expect(out).toContain('isee_valor');
  }, 30_000);

  it('rejects a file that is not JSON, naming the line', async () => {
    const { code, out } = await validate(write('non-json.json', '{\n  "formatVersion": 1,\n  oops\n}'));
    expect(code).toBe(1);
    expect(out).toMatch(/riga 3/i);
  }, 30_000);

  it('checks a templates index: every listed file must exist beside it', async () => {
    const folder = join(dir, 'modelli');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'trasporto.json'), JSON.stringify(createBlankService('Trasporto scolastico')));
    writeFileSync(join(folder, 'index.json'), JSON.stringify(['trasporto.json']));
    const ok = await validate(join(folder, 'index.json'), join(folder, 'trasporto.json'));
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('indice dei modelli (1 file)');

    writeFileSync(join(folder, 'index.json'), JSON.stringify(['trasporto.json', 'mancante.json']));
    const missing = await validate(join(folder, 'index.json'));
    expect(missing.code).toBe(1);
    expect(missing.out).toContain('mancante.json: file non trovato');

    writeFileSync(join(folder, 'index.json'), JSON.stringify(['../fuori.json']));
    const unsafe = await validate(join(folder, 'index.json'));
    expect(unsafe.code).toBe(1);
    expect(unsafe.out).toContain('Nome di modello non ammesso');
  }, 60_000);
});
