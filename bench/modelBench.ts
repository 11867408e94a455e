/** restore() and compile() on services of 50, 200 and 1,000 fields (issue 2 floor: < 20 ms median at 1,000). */
import { restore } from '../src/model/restore';
import { compile } from '../src/compile';
import { defaultRegistry } from '../src/blocks/registry';
import { generateService } from './generateService';
import { measure, type Timing } from './measure';

export interface ModelBenchRow {
  fields: number;
  jsonKiB: number;
  restore: Timing;
  compile: Timing;
}

export function runModelBench(sizes = [50, 200, 1000]): ModelBenchRow[] {
  const knownTypes = new Set(defaultRegistry.all().map((b) => b.type));
  return sizes.map((fields) => {
    const def = generateService(fields);
    const json = JSON.stringify(def);
    const check = restore(json, { knownTypes });
    if (!check.ok) throw new Error(`Servizio generato non valido: ${JSON.stringify(check.errors.slice(0, 3))}`);
    return {
      fields,
      jsonKiB: Math.round(json.length / 102.4) / 10,
      restore: measure(() => restore(json, { knownTypes })),
      compile: measure(() => compile(def)),
    };
  });
}
