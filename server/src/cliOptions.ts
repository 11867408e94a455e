/**
 * The command line of `server/src/main.ts`: `--port`, `--host`, `--static`,
 * `--db`, `--body-limit`; the environment gives PORT and DATABASE_URL.
 */
import { DEFAULT_BODY_LIMIT } from './app';
import { DEFAULT_DB_FILE } from './openStore';

export interface CliOptions {
  port: number;
  host: string;
  staticDir: string;
  dbFile: string;
  databaseUrl?: string;
  bodyLimit: number;
}

export type CliParse = { ok: true; options: CliOptions } | { ok: false; error: string };

const FLAGS = ['--port', '--host', '--static', '--db', '--body-limit'] as const;

export function parseCli(argv: readonly string[], env: NodeJS.ProcessEnv): CliParse {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    if (!(FLAGS as readonly string[]).includes(flag)) return { ok: false, error: `Opzione sconosciuta «${argv[i]}» (ammesse: ${FLAGS.join(', ')}).` };
    const value = inline ?? argv[++i];
    if (value === undefined) return { ok: false, error: `Manca il valore di ${flag}.` };
    values.set(flag, value);
  }
  const port = Number(values.get('--port') ?? env.PORT ?? 4173);
  if (!Number.isInteger(port) || port < 0 || port > 65535) return { ok: false, error: `Porta non valida: «${values.get('--port') ?? env.PORT}».` };
  const bodyLimit = Number(values.get('--body-limit') ?? DEFAULT_BODY_LIMIT);
  if (!Number.isInteger(bodyLimit) || bodyLimit < 1024) return { ok: false, error: '--body-limit: almeno 1024 byte.' };
  return {
    ok: true,
    options: {
      port,
      host: values.get('--host') ?? '127.0.0.1',
      staticDir: values.get('--static') ?? 'dist',
      dbFile: values.get('--db') ?? DEFAULT_DB_FILE,
      databaseUrl: env.DATABASE_URL?.trim() || undefined,
      bodyLimit,
    },
  };
}
