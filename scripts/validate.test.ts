import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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

/** A flagship template as a plain object, to change before writing. */
const template = (name: string): Record<string, any> => JSON.parse(readFileSync(join(process.cwd(), 'public/templates', name), 'utf8'));

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

  it('warns, with its JSON path, about a rule the OpenCity (Form.io) export cannot express, and still exits 0', async () => {
    const def = template('bonus-alimentare.json');
    const nodes = def.steps[0].nodes as Array<Record<string, unknown>>;
    const index = nodes.findIndex((n) => n.key === 'importo_sostegni');
    nodes[index].visibleIf = { '>=': [{ age: [{ var: 'richiedente.birth_date' }] }, 65] };
    const { code, out } = await validate(write('eta.json', def));
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toContain('definizione di servizio valida');
    const warning = lines.find((l) => l.includes(`/steps/0/nodes/${index}/visibleIf`) && l.includes('Form.io'));
    expect(warning).toMatch(/^ {2}avviso/);
    expect(warning).toContain('«age»');
    expect(warning).toContain('sempre visibile');
  }, 30_000);

  it('warns about card sections the website would leave empty', async () => {
    const file = write('scheda-vuota.json', createBlankService('Contributo per libri di testo'));
    const { code, out } = await validate(file);
    expect(code).toBe(0);
    expect(out).toMatch(/avviso {3}\/card\/\S+: Sito del Comune: /);
  }, 30_000);

  it('prints a JSON report with --json: validity, errors and warnings with their paths', async () => {
    const broken = template('bonus-alimentare.json');
    broken.status = 'aperto';
    const good = write('buono.json', template('bonus-alimentare.json'));
    const bad = write('cattivo.json', broken);
    const { code, out } = await validate('--json', good, bad);
    expect(code).toBe(1);
    const report = JSON.parse(out);
    expect(report.valid).toBe(false);
    expect(report.files.map((f: { file: string; valid: boolean }) => [f.file, f.valid])).toEqual([
      [good, true],
      [bad, false],
    ]);
    expect(report.files[1].errors).toContainEqual(expect.objectContaining({ path: '/status' }));
    for (const w of report.files[0].warnings) expect(w).toEqual({ path: expect.any(String), message: expect.any(String) });
  }, 30_000);
});

