import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { loadManifestSource } from '../../src/load/load-manifest.js';
import { joinPointer, splitPointer } from '../../src/manifest/pointer.js';

/**
 * Structure-aware mutations of a valid manifest must never make loading throw: every
 * outcome is either a clean pass or a list of diagnostics.
 */
const BASE = parse(readFileSync(new URL('../fixtures/valid/full.yaml', import.meta.url), 'utf8')) as unknown;
const OPTIONS = { env: { COOLIFY_URL: 'https://c.example.com', JWT_SECRET: 'j', AWS_KEY: 'k', AWS_SECRET: 's' } };

function pointers(value: unknown, base = ''): string[] {
  const out = [base];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pointers(v, joinPointer(base, i))));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...pointers(v, joinPointer(base, k)));
  return out;
}

function parentAndKey(doc: unknown, pointer: string): [Record<string, unknown> | unknown[], string] | undefined {
  const segs = splitPointer(pointer);
  const key = segs.pop();
  if (key === undefined) return undefined;
  let cur: unknown = doc;
  for (const s of segs) cur = (cur as Record<string, unknown>)[s];
  return cur !== null && typeof cur === 'object' ? [cur as Record<string, unknown>, key] : undefined;
}

const junk = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.string(), { maxKeys: 3 }),
  fc.string().map((s) => `${s}\${${s}`),
  fc.constantFrom('${vars.NOPE}', '${secrets.}', '${databases.postgres.nope}', '${applications.ghost.url}', '$${x}', '${', '${env.}'),
);

type Mutation = { kind: 'drop' | 'retype' | 'insert' | 'rename' | 'duplicate'; at: number; value: unknown; key: string };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('drop', 'retype', 'insert', 'rename', 'duplicate'),
  at: fc.nat(),
  value: junk,
  key: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'healthChek', 'constructor', 'a/b~c')),
});

function apply(doc: unknown, m: Mutation): void {
  const all = pointers(doc);
  const target = all[m.at % all.length]!;
  const pk = parentAndKey(doc, target);
  switch (m.kind) {
    case 'drop':
      if (pk) {
        if (Array.isArray(pk[0])) pk[0].splice(Number(pk[1]), 1);
        else delete pk[0][pk[1]];
      }
      break;
    case 'retype':
      if (pk) (pk[0] as Record<string, unknown>)[pk[1]] = m.value;
      break;
    case 'insert': {
      const holder = target === '' ? doc : pk ? (pk[0] as Record<string, unknown>)[pk[1]] : undefined;
      if (holder && typeof holder === 'object' && !Array.isArray(holder)) Object.defineProperty(holder, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
      break;
    }
    case 'rename': {
      const strings = all.filter((p) => { const v = parentAndKey(doc, p); return v && typeof (v[0] as Record<string, unknown>)[v[1]] === 'string'; });
      const p = strings[m.at % Math.max(1, strings.length)];
      const v = p ? parentAndKey(doc, p) : undefined;
      if (v) (v[0] as Record<string, unknown>)[v[1]] = String((v[0] as Record<string, unknown>)[v[1]]).replace(/\.(\w)/, `.${m.key}$1`);
      break;
    }
    case 'duplicate': {
      const env = (doc as { projects?: { ado?: { environments?: { production?: Record<string, unknown> } } } }).projects?.ado?.environments?.production;
      if (env && typeof env === 'object') {
        const dbs = (env.databases ?? {}) as Record<string, unknown>;
        if (typeof dbs === 'object' && dbs) { dbs.api = { type: 'postgresql' }; env.databases = dbs; }
      }
      break;
    }
  }
}

describe('mutated manifests', () => {
  it('never throw: they pass or return diagnostics', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (mutations) => {
        const doc = structuredClone(BASE);
        for (const m of mutations) apply(doc, m);
        const text = stringify(doc);
        const r = loadManifestSource('m.yaml', text, OPTIONS);
        expect(Array.isArray(r.diagnostics)).toBe(true);
        for (const d of r.diagnostics) {
          expect(typeof d.code).toBe('string');
          expect(d.message.length).toBeGreaterThan(0);
        }
        if (!r.diagnostics.some((d) => d.severity === 'error')) expect(r.manifest).toBeDefined();
      }),
      { numRuns: 200 },
    );
  });

  it('random text never throws either', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), async (text) => {
        const r = loadManifestSource('m.yaml', text, OPTIONS);
        expect(r.diagnostics.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });
});
