import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repoPath } from './helpers.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const schema = JSON.parse(readFileSync(repoPath('schema/ado.coolify.schema.json'), 'utf8')) as Json;

/** Every schema object in the document with its JSON pointer, skipping `examples`/`const`/`enum` data. */
function* schemaObjects(node: Json, pointer = '#'): Generator<[string, { [key: string]: Json }]> {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const [i, item] of node.entries()) yield* schemaObjects(item, `${pointer}/${i}`);
    return;
  }
  yield [pointer, node];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'examples' || key === 'const' || key === 'enum' || key === 'default') continue;
    if (key === 'properties' || key === '$defs' || key === 'dependentSchemas') {
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        for (const [name, sub] of Object.entries(value)) yield* schemaObjects(sub, `${pointer}/${key}/${name}`);
      }
      continue;
    }
    yield* schemaObjects(value, `${pointer}/${key}`);
  }
}

describe('schema shape', () => {
  const objects = [...schemaObjects(schema)];

  it('is draft 2020-12 with an $id', () => {
    expect(schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: 'https://ado-coolify.dev/schema/ado.coolify.schema.json',
    });
  });

  /** Conditions and rules (`if`, `then`, `else`, `dependentSchemas`) restate declared properties. */
  const isRule = (pointer: string): boolean => /\/(if|then|else|not|dependentSchemas)(\/|$)/.test(pointer);

  it('gives every declared property a description', () => {
    const missing: string[] = [];
    for (const [pointer, node] of objects) {
      if (isRule(pointer)) continue;
      const props = node.properties;
      if (!props || typeof props !== 'object' || Array.isArray(props)) continue;
      for (const [name, sub] of Object.entries(props)) {
        const ok = sub !== null && typeof sub === 'object' && !Array.isArray(sub) && typeof sub.description === 'string' && sub.description.length > 0;
        if (!ok) missing.push(`${pointer}/properties/${name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('sets additionalProperties: false on every object with properties (except rule schemas)', () => {
    const open: string[] = [];
    for (const [pointer, node] of objects) {
      // rule schemas inside if/then/else/not/dependentSchemas/allOf only restrict a few keys
      if (/\/(then|else|if|not|dependentSchemas\/[^/]+|allOf\/\d+)$/.test(pointer)) continue;
      if (node.properties !== undefined && node.additionalProperties !== false) open.push(pointer);
    }
    expect(open).toEqual([]);
  });

  it('names in rules (if/then/else/dependentSchemas, required) only properties the object declares', () => {
    const unknown: string[] = [];
    const asRecord = (v: Json | undefined): { [key: string]: Json } | undefined =>
      v !== null && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
    for (const [pointer, node] of objects) {
      const declared = asRecord(node.properties);
      if (!declared || isRule(pointer)) continue;
      const rules: [string, { [key: string]: Json }][] = [];
      const pushRule = (where: string, rule: Json | undefined): void => {
        const r = asRecord(rule);
        if (r) rules.push([where, r]);
      };
      const allOf = Array.isArray(node.allOf) ? node.allOf : [];
      for (const [i, entry] of [node, ...allOf].entries()) {
        const e = asRecord(entry);
        if (!e) continue;
        const at = i === 0 ? pointer : `${pointer}/allOf/${i - 1}`;
        pushRule(`${at}/if`, e.if);
        pushRule(`${at}/then`, e.then);
        pushRule(`${at}/else`, e.else);
        if (i > 0) pushRule(at, e);
      }
      for (const [name, rule] of Object.entries(asRecord(node.dependentSchemas) ?? {})) {
        if (!(name in declared)) unknown.push(`${pointer}/dependentSchemas/${name}`);
        pushRule(`${pointer}/dependentSchemas/${name}`, rule);
      }
      for (const name of Array.isArray(node.required) ? node.required : []) {
        if (typeof name === 'string' && !(name in declared)) unknown.push(`${pointer}/required/${name}`);
      }
      for (const [where, rule] of rules) {
        for (const name of Object.keys(asRecord(rule.properties) ?? {})) if (!(name in declared)) unknown.push(`${where}/properties/${name}`);
        for (const name of Array.isArray(rule.required) ? rule.required : []) {
          if (typeof name === 'string' && !(name in declared)) unknown.push(`${where}/required/${name}`);
        }
        for (const branch of Array.isArray(rule.anyOf) ? rule.anyOf : []) {
          for (const name of asRecord(branch)?.required instanceof Array ? (asRecord(branch)?.required as Json[]) : []) {
            if (typeof name === 'string' && !(name in declared)) unknown.push(`${where}/anyOf/required/${name}`);
          }
        }
      }
    }
    expect(unknown).toEqual([]);
  });

  it('uses only local $refs that exist', () => {
    const defs = (schema as { $defs: Record<string, Json> }).$defs;
    for (const [pointer, node] of objects) {
      if (typeof node.$ref !== 'string') continue;
      const name = /^#\/\$defs\/(.+)$/.exec(node.$ref)?.[1];
      expect(name !== undefined && name in defs, `${pointer} -> ${node.$ref}`).toBe(true);
    }
  });

  it('mirrors the manifest type names at the top level', () => {
    const top = Object.keys((schema as { properties: Record<string, Json> }).properties).sort();
    expect(top).toEqual(['cloudInitScripts', 'cloudTokens', 'coolify', 'defaults', 'destinations', 'githubApps', 'gitlabApps', 'moved', 'notifications', 'policy', 'privateKeys', 'projects', 's3Storages', 'secretManagers', 'servers', 'vars', 'version']);
  });
});
