/**
 * A PostgreSQL for the tests and the load bench: `TEST_DATABASE_URL` when set
 * (CI starts Debian's cluster, see `.ci/run`), otherwise a throwaway cluster
 * started here — initdb into a temporary folder, the server listening only on
 * a unix socket in that folder (no TCP port to clash with), stopped and
 * deleted afterwards. PostgreSQL refuses to run as root, so as root the
 * binaries run as the `postgres` user. Each caller gets a fresh database of
 * its own, so parallel test files never see each other's rows.
 *
 * When neither works this throws with what to install: the PostgreSQL tests
 * fail rather than being skipped.
 */
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

export interface PostgresForTests {
  /** A new empty database's connection string. */
  newDatabase(): Promise<string>;
  /** Drops the databases made here and stops the throwaway cluster, if any. */
  stop(): Promise<void>;
  /** Where the server is: `TEST_DATABASE_URL` or `throwaway cluster in /tmp/…`. */
  description: string;
}

const HOW_TO_FIX =
  'PostgreSQL non disponibile per i test: impostare TEST_DATABASE_URL (es. postgresql://utente:password@localhost/mattoncini_test, ' +
  'con il permesso CREATEDB) oppure installare il server: sudo apt-get install -y postgresql.';

/** The directory of initdb/pg_ctl: Debian's newest version, else whatever is on PATH. */
export function postgresBinDir(): string | null {
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((v) => existsSync(path.join(root, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions.length > 0) return path.join(root, versions[0], 'bin');
  }
  const which = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' });
  return which.status === 0 ? path.dirname(which.stdout.trim()) : null;
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** Runs a PostgreSQL binary, as `postgres` when we are root. */
function runPg(bin: string, args: string[]): { ok: boolean; output: string } {
  const [command, fullArgs] = isRoot() ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  const result = spawnSync(command, fullArgs, { encoding: 'utf8', timeout: 60_000 });
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}${result.error?.message ?? ''}` };
}

interface Cluster {
  url: string;
  dir: string;
  stop(): void;
}

function startCluster(): Cluster {
  const bin = postgresBinDir();
  if (!bin) throw new Error(HOW_TO_FIX);
  const dir = mkdtempSync(path.join(tmpdir(), 'mattoncini-pg-'));
  const data = path.join(dir, 'data');
  if (isRoot()) {
    const { uid, gid } = postgresIds();
    chownSync(dir, uid, gid);
  }
  const init = runPg(path.join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  if (!init.ok) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`${HOW_TO_FIX}\ninitdb non riuscito: ${init.output.slice(-800)}`);
  }
  // Only a unix socket in our own folder: nothing to clash with other runs.
  const options = `-c listen_addresses='' -k ${dir} -p 5432 -c fsync=off -c max_connections=300 -c shared_buffers=32MB`;
  const start = runPg(path.join(bin, 'pg_ctl'), ['-D', data, '-l', path.join(dir, 'log'), '-o', options, '-w', 'start']);
  if (!start.ok) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`${HOW_TO_FIX}\npg_ctl start non riuscito: ${start.output.slice(-800)}`);
  }
  return {
    url: `postgresql://postgres@localhost/postgres?host=${encodeURIComponent(dir)}&port=5432`,
    dir,
    stop() {
      runPg(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function postgresIds(): { uid: number; gid: number } {
  const id = (flag: string) => spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' });
  const uid = id('-u');
  const gid = id('-g');
  if (uid.status !== 0 || gid.status !== 0) throw new Error(`${HOW_TO_FIX}\nmanca l’utente postgres.`);
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/** The same server, another database (the URL's path names it; a socket host stays in the query). */
function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function startPostgresForTests(): Promise<PostgresForTests> {
  const given = process.env.TEST_DATABASE_URL?.trim();
  const cluster = given ? null : startCluster();
  const adminUrl = given ?? cluster!.url;
  const admin = new pg.Client({ connectionString: adminUrl });
  try {
    await admin.connect();
  } catch (error) {
    cluster?.stop();
    throw new Error(`${HOW_TO_FIX}\nConnessione non riuscita: ${(error as Error).message}`);
  }
  const made: string[] = [];
  return {
    description: given ? 'TEST_DATABASE_URL' : `cluster temporaneo in ${cluster!.dir}`,
    async newDatabase() {
      const name = `mattoncini_test_${process.pid}_${Date.now().toString(36)}_${made.length}`;
      // A name we built from digits and letters: safe to splice, as CREATE DATABASE takes no parameters.
      await admin.query(`CREATE DATABASE ${name}`);
      made.push(name);
      return withDatabase(adminUrl, name);
    },
    async stop() {
      for (const name of made) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
      await admin.end();
      cluster?.stop();
    },
  };
}
