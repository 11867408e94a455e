/**
 * Writes the published JSON Schema of the service-definition format
 * (`npm run schema`). The schema is derived from the TypeBox source in
 * src/model/schema.ts; src/model/schema.test.ts fails if this file is stale.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publishedSchema } from '../src/model/schema';

const target = resolve(dirname(fileURLToPath(import.meta.url)), '../public/schema/service-definition.v1.json');
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, `${JSON.stringify(publishedSchema(), null, 2)}\n`);
console.log(`Schema scritto in ${target}`);
