/**
 * `npm start` / `npm run server`: the reference sync server with the built
 * app on the same origin. Stops cleanly on SIGINT/SIGTERM (finishes the
 * requests in flight, closes the database).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildServer } from './app';
import { loadTokens } from './auth/loadTokens';
import { parseCli } from './cliOptions';
import { openStore } from './openStore';

async function main() {
  const parsed = parseCli(process.argv.slice(2), process.env);
  if (!parsed.ok) {
    console.error(parsed.error);
    process.exit(2);
  }
  const options = parsed.options;
  const { tokens, source, created } = loadTokens(process.env);
  const { store, description } = await openStore(options);
  const staticDir = existsSync(path.join(options.staticDir, 'index.html')) ? options.staticDir : undefined;
  const app = await buildServer({ store, tokens, staticDir, bodyLimit: options.bodyLimit, logger: false });
  const address = await app.listen({ port: options.port, host: options.host });

  // One write, so that whoever reads the output gets the banner whole.
  const banner = [`Mattoncini: ${address.replace('127.0.0.1', 'localhost')} (API in /api/v1; ${description})`];
  if (!staticDir) banner.push(`Nessuna app in «${options.staticDir}» (manca index.html): solo l’API. Eseguire prima «npm run build».`);
  banner.push(`Token: ${tokens.size} da ${source}`);
  for (const [token, who] of created) banner.push(`  nuovo token ${who.role === 'technical' ? 'tecnico' : 'funzionario'} (${who.user}): ${token}`);
  console.log(banner.join('\n'));

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: chiusura del server…`);
    await app.close();
    await store.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(`Avvio non riuscito: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
