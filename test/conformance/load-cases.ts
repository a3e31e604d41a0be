/** Collects every case of `cases/*.cases.ts` (each file's default export or named `cases`). */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ConformanceCase } from './case.js';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'cases');

/** All cases, sorted by file; throws on a duplicate id or a rule case without `rule`. */
export async function loadCases(): Promise<ConformanceCase[]> {
  const out: ConformanceCase[] = [];
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.cases.ts')).sort()) {
    const mod = (await import(pathToFileURL(join(DIR, file)).href)) as { default?: ConformanceCase[]; cases?: ConformanceCase[] };
    out.push(...(mod.default ?? mod.cases ?? []));
  }
  const seen = new Set<string>();
  for (const c of out) {
    if (seen.has(c.id)) throw new Error(`duplicate conformance case id ${c.id}`);
    seen.add(c.id);
    if (c.kind === 'rule' && !c.rule) throw new Error(`rule case ${c.id} has no rule text`);
  }
  return out;
}
