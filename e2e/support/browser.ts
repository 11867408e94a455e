import { existsSync } from 'node:fs';

/**
 * Where the Chromium used by the end-to-end tests lives: $CHROMIUM_PATH, else
 * Debian's /usr/bin/chromium. Browsers cannot be downloaded on these machines,
 * so a missing one is a setup error with a clear way out, not a silent skip.
 */
export function chromiumPath(): string {
  const candidate = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(candidate)) {
    throw new Error(
      `Chromium non trovato in ${candidate}. Installalo con "sudo apt-get install -y chromium" ` +
        `oppure indica il percorso di un Chromium con la variabile CHROMIUM_PATH.`,
    );
  }
  return candidate;
}
