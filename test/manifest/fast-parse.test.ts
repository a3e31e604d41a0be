import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parseDocument, stringify } from 'yaml';
import { fastParseManifest } from '../../src/manifest/fast-parse.js';
import { parseManifestText } from '../../src/manifest/parse.js';

const ROOT = join(import.meta.dirname, '..', '..');

/** What the positioned parse makes of `text`: its value, or 'error' when it reports an error. */
function positioned(text: string): unknown {
  const doc = parseDocument(text, { merge: true, uniqueKeys: true, strict: true, prettyErrors: false });
  if (doc.errors.length > 0) return 'error';
  return doc.toJS({ maxAliasCount: 200 });
}

/** The fast parse agrees with the positioned one, or leaves the text to it. */
function agrees(text: string): boolean {
  const fast = fastParseManifest(text, 200);
  if (fast === undefined) return true;
  const slow = positioned(text);
  expect(slow, `fast parse took a text the positioned parse refuses:\n${text}`).not.toBe('error');
  // node's deep strict equality (values, keys and prototypes), not vitest's toStrictEqual: that
  // one also compares each object's `constructor`, which a document key `constructor` replaces
  // by its own value (`constructor: []` made two equal documents differ: [] !== []).
  expect(isDeepStrictEqual(fast, slow), `the two parses differ on:\n${text}\nfast: ${JSON.stringify(fast)}\npositioned: ${JSON.stringify(slow)}`).toBe(true);
  return true;
}

function yamlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yamlFiles(path, out);
    else if (/\.ya?ml$/.test(name)) out.push(path);
  }
  return out;
}

describe('fastParseManifest', () => {
  const corpus = [join(ROOT, 'ado.coolify.yaml'), ...yamlFiles(join(ROOT, 'examples')), ...yamlFiles(join(ROOT, 'test'))];

  it.each(corpus.map((f) => [relative(ROOT, f)]))('agrees with the positioned parse on %s', (file) => {
    agrees(readFileSync(join(ROOT, file), 'utf8'));
  });

  it('takes on the repository manifest and the examples (the fast way is the common way)', () => {
    expect(fastParseManifest(readFileSync(join(ROOT, 'ado.coolify.yaml'), 'utf8'), 200)).toBeDefined();
    const examples = yamlFiles(join(ROOT, 'examples')).filter((f) => fastParseManifest(readFileSync(f, 'utf8'), 200) !== undefined);
    expect(examples.length).toBeGreaterThan(3);
  });

  // Each of these is a place where js-yaml and `yaml` part ways, or a YAML error: the fast
  // parse must leave every one to the positioned parse.
  it.each([
    ['null key', '~: 1\n'],
    ['null word key', 'projects:\n  null: 1\n'],
    ['empty key', ': 1\n'],
    ['null key in a list item', 'a:\n  - null: 1\n'],
    ['null key in a flow map', 'a: {b: 1, ~: 2}\n'],
    ['YAML 1.1 directive', '%YAML 1.1\n---\na: yes\n'],
    ['a tag', 'a: !foo 1\n'],
    ['an alias', 'a: &x 1\nb: *x\n'],
    ['a merge', 'base: &b {x: 1}\nc:\n  <<: *b\n'],
    ['a merge key without an alias', '" ":\n  <<: []\n'],
    ['a merge key with an inline map', 'a: {<<: {x: 1}, y: 2}\n'],
    ['an anchor alone', 'a: &x 1\n'],
    ['a huge float', 'a: 1e400\n'],
    ['duplicate keys', 'a: 1\na: 2\n'],
    ['tab indentation', 'a:\n\t- 1\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['a list root', '- 1\n'],
    ['a scalar root', 'hello\n'],
    ['empty text', ''],
    ['a complex key', '? [a]\n: 1\n'],
  ])('leaves %s to the positioned parse', (_name, text) => {
    expect(fastParseManifest(text, 200)).toBeUndefined();
  });

  it('leaves a document deeper than the limit to the positioned parse', () => {
    let text = 'a: 1\n';
    for (let i = 0; i < 30; i++) text = `k:\n${text.replace(/^/gm, '  ')}`;
    expect(fastParseManifest(text, 10)).toBeUndefined();
    expect(fastParseManifest(text, 200)).toBeDefined();
  });

  it.each(['constructor: []\n', 'a:\n  constructor: {x: 1}\n', '__proto__: 1\n', 'toString: [1]\n'])('agrees on keys named like Object\'s own properties: %j', (text) => {
    expect(fastParseManifest(text, 200)).toBeDefined();
    agrees(text);
  });

  // Scalars the two schemas could read differently: YAML 1.2 core numbers, booleans, nulls.
  it.each(['1_000', '0b101', '0o17', '0x1F', '017', '+1', '-0', '.5', '1.', '1e3', '1E+3', '.inf', '-.Inf', '.NaN', 'yes', 'no', 'on', 'True', 'tRue', '~', 'null', 'NULL', '', '2024-01-01', '12:30', '1:20', '0.1.2', '9007199254740993', '-.5e-2', '.e3', '0x', '+.inf', 'a #b', "'it''s'", '"\\x41\\u0042"'])(
    'reads the scalar `%s` as the positioned parse does',
    (scalar) => {
      agrees(`k: ${scalar}\n`);
      agrees(`k: [${scalar}]\n`);
    },
  );

  it('agrees on any plain scalar text (property)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 12 }), (s) => agrees(`k: ${s}\nl:\n  - ${s}\n`)), { numRuns: 3000 });
  });

  it('agrees on any document `yaml` writes, in block and flow styles (property)', () => {
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), tie('list'), tie('map')),
      list: fc.array(tie('node'), { maxLength: 4 }),
      map: fc.dictionary(fc.string({ minLength: 1 }), tie('node'), { maxKeys: 4 }),
    }));
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1 }), value.node, { minKeys: 1, maxKeys: 5 }), fc.boolean(), (doc, flow) => {
        const text = stringify(doc, flow ? { collectionStyle: 'flow' } : {});
        return agrees(text);
      }),
      { numRuns: 500 },
    );
  });
});

describe('parseManifestText on the fast way', () => {
  it('gives the same document and positions as the positioned parse', () => {
    const text = 'version: 1\nprojects:\n  shop:\n    description: "a shop"\n    environments:\n      production: {}\n';
    const parsed = parseManifestText(text, 'm.yaml');
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.doc).toStrictEqual(positioned(text));
    expect(parsed.sourceMap.keyLocation('/projects/shop/description')).toEqual({ file: 'm.yaml', line: 4, col: 5 });
    expect(parsed.sourceMap.valueLocation('/projects/shop/environments/production')).toEqual({ file: 'm.yaml', line: 6, col: 19 });
  });
});
