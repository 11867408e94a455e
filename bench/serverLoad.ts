/**
 * Load test of the reference server on loopback, bounded in count and time:
 * 200 concurrent clients, each with its own token and connection, push
 * updates with If-Match to a few services; on 412 a client takes the
 * server's copy from the answer and tries again. Reports throughput and
 * latency, and checks that every accepted revision is stored exactly once.
 * Runs on SQLite (a temporary file) and, when it can be had, PostgreSQL
 * (TEST_DATABASE_URL or a throwaway cluster, as the tests do).
 *
 * `npx tsx bench/serverLoad.ts` runs it alone; `npm run bench` includes it.
 * Server and clients share this process (and its 2 cores): the figures are
 * a floor, not the server's ceiling.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RevisionInfo, ServiceDefinition, WhoAmI } from '../src/model';
import { buildServer } from '../server/src/app';
import { createTokenTable } from '../server/src/auth/tokens';
import { createPostgresStore } from '../server/src/store/postgresStore';
import { createSqliteStore } from '../server/src/store/sqliteStore';
import type { ServiceStore } from '../server/src/store/types';
import { startPostgresForTests } from '../server/test/postgresHarness';
import { checkRevisions, type StorageCheck } from '../server/test/revisionAudit';
import { round } from './measure';
import { LoadClientHttp } from './serverLoadHttp';

export const SERVER_LOAD = { clients: 200, services: 50, maxRequests: 4000, maxSeconds: 60 } as const;

export interface ServerLoadResult {
  store: string;
  clients: number;
  services: number;
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  accepted: number;
  stale: number;
  /** Answers other than 200 and 412 (should be none). */
  failed: number;
  storage: StorageCheck;
  /** The machine's 1-minute load average when the run ended: the figures are only comparable at similar load. */
  loadAverage: number;
}

const TEMPLATES = ['bonus-alimentare', 'iscrizione-asilo-nido', 'contrassegno-disabili', 'pagamento-sanzioni', 'mensa-scolastica', 'prenotazione-anagrafe'];

function seedServices(count: number): ServiceDefinition[] {
  const templates = TEMPLATES.map(
    (name) => JSON.parse(readFileSync(path.join(process.cwd(), 'public/templates', `${name}.json`), 'utf8')) as ServiceDefinition,
  );
  return Array.from({ length: count }, (_, i) => {
    const base = templates[i % templates.length];
    return { ...base, id: `carico-${i}-${base.id}` };
  });
}

const percentile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

interface Shared {
  issued: number;
  deadline: number;
  latencies: number[];
  accepted: Map<string, number[]>;
  stale: number;
  failed: number;
}

/** Whether the run may send one more request (count and time bounds). */
function mayIssue(shared: Shared): boolean {
  if (shared.issued >= SERVER_LOAD.maxRequests || performance.now() >= shared.deadline) return false;
  shared.issued += 1;
  return true;
}

/**
 * One client: updates services in turn; on 412 it takes the server's copy
 * from the answer and tries the same service again, until its update is
 * accepted (every try counts against the bounds).
 */
async function runClient(index: number, http: LoadClientHttp, services: ServiceDefinition[], shared: Shared) {
  const known = new Map<string, { revision: number; definition: ServiceDefinition }>();
  let turn = index;
  let edits = 0;
  while (mayIssue(shared)) {
    const seed = services[turn % services.length];
    const copy = known.get(seed.id) ?? { revision: 1, definition: seed };
    const title = `${seed.card.title.slice(0, 100)} — client ${index}, modifica ${++edits}`;
    const answer = await http.request('PUT', `/api/v1/services/${seed.id}`, {
      body: { ...copy.definition, card: { ...copy.definition.card, title } },
      ifMatch: `"${copy.revision}"`,
    });
    shared.latencies.push(answer.ms);
    if (answer.status === 200) {
      shared.accepted.get(seed.id)!.push(answer.body.revision);
      known.set(seed.id, { revision: answer.body.revision, definition: answer.body });
      turn += 1;
    } else if (answer.status === 412) {
      shared.stale += 1;
      known.set(seed.id, { revision: answer.body.revision, definition: answer.body.current });
    } else {
      shared.failed += 1;
      turn += 1;
    }
  }
}

async function loadOne(name: string, store: ServiceStore): Promise<ServerLoadResult> {
  const entries: Array<[string, WhoAmI]> = Array.from({ length: SERVER_LOAD.clients }, (_, i) => [
    `carico-token-${i}-${Math.random().toString(36).slice(2)}`,
    { user: `Client ${i}`, role: 'technical' },
  ]);
  const app = await buildServer({ store, tokens: createTokenTable(entries) });
  const base = new URL(await app.listen({ port: 0, host: '127.0.0.1' }));
  const services = seedServices(SERVER_LOAD.services);
  const seeder = new LoadClientHttp(base, entries[0][0]);
  for (const service of services) {
    const created = await seeder.request('POST', '/api/v1/services', { body: service });
    if (created.status !== 201) throw new Error(`Seed di ${service.id}: ${created.status} ${JSON.stringify(created.body).slice(0, 300)}`);
  }

  const shared: Shared = {
    issued: 0,
    deadline: performance.now() + SERVER_LOAD.maxSeconds * 1000,
    latencies: [],
    accepted: new Map(services.map((s) => [s.id, []])),
    stale: 0,
    failed: 0,
  };
  const clients = entries.map(([token]) => new LoadClientHttp(base, token));
  // Each client opens its connection and signs in first (GET /me), as an open
  // app would have: 200 connects racing the first updates on a busy loop
  // measure Node's accept queue, not the server.
  await Promise.all(clients.map((http) => http.request('GET', '/api/v1/me')));
  shared.deadline = performance.now() + SERVER_LOAD.maxSeconds * 1000;
  const started = performance.now();
  await Promise.all(clients.map((http, i) => runClient(i, http, services, shared)));
  const seconds = (performance.now() - started) / 1000;
  clients.forEach((http) => http.close());

  const stored = new Map<string, RevisionInfo[]>();
  for (const service of services) {
    const answer = await seeder.request('GET', `/api/v1/services/${service.id}/revisions`);
    stored.set(service.id, answer.body.revisions);
  }
  seeder.close();
  await app.close();

  const sorted = [...shared.latencies].sort((a, b) => a - b);
  const accepted = [...shared.accepted.values()].reduce((sum, list) => sum + list.length, 0);
  return {
    store: name,
    clients: SERVER_LOAD.clients,
    services: SERVER_LOAD.services,
    requests: sorted.length,
    seconds: round(seconds),
    requestsPerSecond: Math.round(sorted.length / seconds),
    latencyMs: { p50: round(percentile(sorted, 0.5)), p95: round(percentile(sorted, 0.95)), p99: round(percentile(sorted, 0.99)), max: round(sorted.at(-1) ?? 0) },
    accepted,
    stale: shared.stale,
    failed: shared.failed,
    storage: checkRevisions(shared.accepted, stored),
    loadAverage: round(os.loadavg()[0]),
  };
}

/** Runs the load on SQLite, then on PostgreSQL when one can be had (else says why). */
export async function runServerLoad(): Promise<{ results: ServerLoadResult[]; skipped: string[] }> {
  const results: ServerLoadResult[] = [];
  const skipped: string[] = [];
  const dir = mkdtempSync(path.join(tmpdir(), 'mattoncini-load-'));
  const sqlite = createSqliteStore(path.join(dir, 'carico.sqlite'));
  try {
    results.push(await loadOne('SQLite', sqlite));
  } finally {
    await sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  }
  let postgres;
  try {
    postgres = await startPostgresForTests();
  } catch (error) {
    skipped.push(`PostgreSQL non misurato: ${(error as Error).message.split('\n')[0]}`);
  }
  if (postgres) {
    try {
      const store = await createPostgresStore(await postgres.newDatabase(), { max: 20 });
      try {
        results.push(await loadOne(`PostgreSQL (${postgres.description.startsWith('TEST') ? 'TEST_DATABASE_URL' : 'cluster temporaneo'})`, store));
      } finally {
        await store.close();
      }
    } finally {
      await postgres.stop();
    }
  }
  return { results, skipped };
}

export function printServerLoad({ results, skipped }: { results: ServerLoadResult[]; skipped: string[] }): void {
  const { clients, services, maxRequests, maxSeconds } = SERVER_LOAD;
  console.log(`\nServer di sincronizzazione su loopback — ${clients} client concorrenti, ${services} servizi, al più ${maxRequests} richieste o ${maxSeconds} s`);
  console.log('archivio                         | richieste | secondi | rich./s | p50 ms | p95 ms | p99 ms | accettate |  412 | altri | revisioni salvate una volta');
  for (const r of results) {
    const storage = r.storage.ok ? `sì (${r.storage.rows} righe)` : `NO: ${r.storage.problems.slice(0, 3).join('; ')}`;
    console.log(
      `${r.store.padEnd(32)} | ${String(r.requests).padStart(9)} | ${String(r.seconds).padStart(7)} | ${String(r.requestsPerSecond).padStart(7)} | ${String(r.latencyMs.p50).padStart(6)} | ${String(r.latencyMs.p95).padStart(6)} | ${String(r.latencyMs.p99).padStart(6)} | ${String(r.accepted).padStart(9)} | ${String(r.stale).padStart(4)} | ${String(r.failed).padStart(5)} | ${storage}`,
    );
  }
  console.log(`carico medio della macchina (1 min) a fine prova: ${results.map((r) => `${r.store.split(' ')[0]} ${r.loadAverage}`).join(', ')} su ${os.cpus().length} core`);
  for (const line of skipped) console.log(line);
}

// Alone: `npx tsx bench/serverLoad.ts`.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const outcome = await runServerLoad();
  printServerLoad(outcome);
  if (outcome.results.some((r) => !r.storage.ok || r.failed > 0)) process.exitCode = 1;
}
