/**
 * `npm run bench`: runs every benchmark, prints a table and writes
 * bench/results/latest.json plus a dated copy, so the next session can compare.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { EDITOR_BUDGETS, runEditorBench } from './editorBench';
import { runModelBench } from './modelBench';
import { printServerLoad, runServerLoad, SERVER_LOAD } from './serverLoad';

const started = new Date();
const model = runModelBench();

console.log('\nrestore() e compile() — millisecondi (mediana / p95)');
console.log('campi  | JSON KiB | restore med | restore p95 | compile med | compile p95');
for (const r of model) {
  console.log(
    `${String(r.fields).padStart(6)} | ${String(r.jsonKiB).padStart(8)} | ${String(r.restore.median).padStart(11)} | ${String(r.restore.p95).padStart(11)} | ${String(r.compile.median).padStart(11)} | ${String(r.compile.p95).padStart(11)}`,
  );
}

console.log('\nEditor con un servizio di 1.000 campi (Chromium headless, app compilata)');
const editor = await runEditorBench();
const verdict = (ok: boolean) => (ok ? 'ok' : 'OLTRE IL LIMITE');
const rows: Array<[string, string, number, boolean]> = [
  ['JS per aprire l’editor (KiB gzip)', `${editor.jsKiBGzip}`, EDITOR_BUDGETS.jsKiBGzip, editor.jsKiBGzip <= EDITOR_BUDGETS.jsKiBGzip],
  ['apertura → primo passo (ms, mediana)', `${editor.openMs.median}`, EDITOR_BUDGETS.openMs, editor.openMs.median <= EDITOR_BUDGETS.openMs],
  ['heap JS dopo l’apertura (MiB)', `${editor.heapMiB}`, EDITOR_BUDGETS.heapMiB, editor.heapMiB <= EDITOR_BUDGETS.heapMiB],
  ['etichetta → area di lavoro (ms, mediana)', `${editor.labelToCanvasMs.median}`, EDITOR_BUDGETS.labelToCanvasMs, editor.labelToCanvasMs.median <= EDITOR_BUDGETS.labelToCanvasMs],
  ['un tasto nell’ispettore (ms, mediana)', `${editor.keystrokeMs.median}`, EDITOR_BUDGETS.keystrokeMs, editor.keystrokeMs.median <= EDITOR_BUDGETS.keystrokeMs],
];
for (const [what, value, budget, ok] of rows) console.log(`${what.padEnd(44)} ${value.padStart(8)}  (limite ${budget})  ${verdict(ok)}`);

const serverLoad = await runServerLoad();
printServerLoad(serverLoad);

const result = {
  at: started.toISOString(),
  machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
  floors: { restoreMedianMsAt1000: 20, compileMedianMsAt1000: 20 },
  model,
  editorBudgets: EDITOR_BUDGETS,
  editor,
  serverLoadBounds: SERVER_LOAD,
  serverLoad: serverLoad.results,
};
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/latest.json', JSON.stringify(result, null, 2) + '\n');
writeFileSync(`bench/results/${started.toISOString().slice(0, 10)}.json`, JSON.stringify(result, null, 2) + '\n');
console.log('\nRisultati scritti in bench/results/latest.json');
