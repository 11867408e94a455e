/**
 * `npm run export-site -- --out DIR [--comune "Comune di Esempio"] [file.json | folder …]`:
 * writes the static website of the published services into DIR, for
 * technical staff. Inputs default to public/templates; a folder means every
 * service .json in it (its index.json is not a service). Every file is read
 * through restore(): if any is invalid, each error is listed with its JSON
 * path in Italian, the exit code is 1 and nothing is written.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { restore } from '../src/model/restore';
import type { ServiceDefinition } from '../src/model/types';

const USAGE = 'Uso: npm run export-site -- --out CARTELLA [--comune "Comune di Esempio"] [servizio.json | cartella …]';

interface Args {
  out?: string;
  municipality: string;
  inputs: string[];
}

function parseArgs(argv: string[]): Args | string {
  const args: Args = { municipality: 'Comune di Esempio', inputs: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') continue;
    if (arg === '--out' || arg === '--comune') {
      const value = argv[++i];
      if (!value || value.startsWith('--')) return `Manca il valore di ${arg}.`;
      if (arg === '--out') args.out = value;
      else args.municipality = value.trim();
    } else if (arg.startsWith('--')) {
      return `Opzione sconosciuta: ${arg}.`;
    } else {
      args.inputs.push(arg);
    }
  }
  if (!args.out) return 'Indica la cartella di destinazione con --out.';
  if (!args.municipality) return 'Il nome del Comune (--comune) non può essere vuoto.';
  if (args.inputs.length === 0) args.inputs.push('public/templates');
  return args;
}

/** The service files named by the inputs: files as they are, folders' .json files but index.json. */
function serviceFiles(inputs: string[]): { files: string[]; problems: string[] } {
  const files: string[] = [];
  const problems: string[] = [];
  for (const input of inputs) {
    let isFolder: boolean;
    try {
      isFolder = statSync(input).isDirectory();
    } catch {
      problems.push(`✗ ${input}: file o cartella non trovati`);
      continue;
    }
    if (!isFolder) files.push(input);
    else
      for (const name of readdirSync(input).sort())
        if (name.endsWith('.json') && name !== 'index.json') files.push(join(input, name));
  }
  return { files, problems };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    console.error(`✗ ${args}\n${USAGE}`);
    return 1;
  }
  const { files, problems } = serviceFiles(args.inputs);
  const definitions: ServiceDefinition[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      problems.push(`✗ ${file}: impossibile leggere il file (${(error as NodeJS.ErrnoException).code ?? 'errore'})`);
      continue;
    }
    const result = restore(text);
    if (result.ok) definitions.push(result.definition);
    else problems.push(`✗ ${file}: ${result.errors.map((e) => `\n  errore   ${e.path || '/'}: ${e.message}`).join('')}`);
  }
  if (problems.length) {
    for (const problem of problems) console.error(problem);
    console.error('Nessun file scritto: correggi gli errori e riprova.');
    return 1;
  }

  // Officials' markdown is sanitised by DOMPurify, which needs a DOM: give it jsdom's.
  // Without jsdom (a production-only install) texts are written as escaped plain paragraphs.
  try {
    // jsdom ships no types; the one constructor used here is typed by hand.
    const { JSDOM } = (await import('jsdom' as string)) as { JSDOM: new (html: string) => { window: unknown } };
    (globalThis as { window?: unknown }).window = new JSDOM('').window;
  } catch {
    console.warn('avviso: jsdom non disponibile, i testi saranno scritti senza formattazione.');
  }
  const { buildSite } = await import('../src/features/site/buildSite');
  const { nodeSiteAssets } = await import('../src/features/site/assets/nodeSiteAssets');
  const { siteReadiness } = await import('../src/compile/exporters/siteReadiness');

  const site = buildSite(definitions, { municipality: args.municipality, now: new Date(), assets: await nodeSiteAssets() });
  let bytes = 0;
  for (const [path, content] of site.files) {
    const target = join(args.out!, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
    bytes += typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
  }
  for (const page of site.pages) {
    console.log(`✓ ${page.path}: «${page.title}»`);
    const definition = definitions.find((d) => d.id === page.id)!;
    for (const issue of siteReadiness(definition)) console.log(`  avviso   ${issue.path}: ${issue.message}`);
  }
  const left = definitions.length - site.pages.length;
  console.log(
    `Sito esportato in ${args.out}: ${site.pages.length} ${site.pages.length === 1 ? 'servizio' : 'servizi'}` +
      `${left ? ` (${left} non pubblicat${left === 1 ? 'o' : 'i'}, esclus${left === 1 ? 'o' : 'i'})` : ''}, ${site.files.size} file, ${Math.round(bytes / 1024)} KB.`,
  );
  return 0;
}

process.exit(await main());
