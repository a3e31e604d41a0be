import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeData } from '../../src/kinds/compose-data.js';
import { sameValue } from '../../src/diff/equal.js';

const FIXTURES = join(import.meta.dirname, '..', 'sandbox', 'fixtures');
const read = (f: string): string => readFileSync(join(FIXTURES, f), 'utf8');
const b64 = (s: string): string => Buffer.from(s).toString('base64');
const same = (a: unknown, b: unknown): boolean => sameValue(composeData(a), composeData(b));

describe('composeData: compose compared as data (audit row 7)', () => {
  // compose-*-coolify-4.3.11.yaml: captured from a real Coolify 4.3.11 (GET /services/{uuid}
  // docker_compose_raw) after POST / PATCH of the matching *-sent.yaml.
  it('what Coolify 4.3.11 stored after create equals what was sent', () => {
    expect(same(read('compose-sent.yaml'), read('compose-coolify-4.3.11.yaml'))).toBe(true);
  });

  it('what Coolify 4.3.11 stored after PATCH equals what was sent ([] and {} both dump as {  })', () => {
    expect(same(read('compose-patch-sent.yaml'), read('compose-patch-coolify-4.3.11.yaml'))).toBe(true);
  });

  it('base64 and plain text compare equal', () => {
    expect(same(b64(read('compose-sent.yaml')), read('compose-coolify-4.3.11.yaml'))).toBe(true);
  });

  it('comments, quoting and flow style are not drift', () => {
    expect(same('a: "x" # c\nb: [1, 2]\n', "# top\na: 'x'\nb:\n  - 1\n  - 2\n")).toBe(true);
  });

  it('a real data change is drift', () => {
    const stored = read('compose-coolify-4.3.11.yaml');
    expect(same(read('compose-sent.yaml').replace('nginx:1.27', 'nginx:1.28'), stored)).toBe(false);
    expect(same('a: "8080"\n', 'a: 8080\n')).toBe(false);
    expect(same('a: [1, 2]\n', 'a: [2, 1]\n')).toBe(false);
  });

  it('volume content/isDirectory that Coolify strips from the stored compose are not drift', () => {
    const sent = 'services:\n  w:\n    volumes:\n      - type: bind\n        source: ./a\n        target: /a\n        content: hi\n        isDirectory: false\n';
    expect(same(sent, 'services:\n  w:\n    volumes:\n      -\n        type: bind\n        source: ./a\n        target: /a\n')).toBe(true);
  });

  it('is total: unparsable YAML and empties fall back to text', () => {
    expect(composeData(null)).toBe(null);
    expect(composeData('')).toBe(null);
    expect(same('a: [unclosed\n', 'a: [unclosed')).toBe(true);
    expect(same('a: [unclosed\n', 'a: [other')).toBe(false);
  });
});

describe('composeData: anchors and merge keys', () => {
  it('a merge key compares equal to its expansion (Symfony resolves `<<` before dumping)', () => {
    const sent = 'x-base: &b\n  restart: always\nservices:\n  a:\n    <<: *b\n    image: a\n';
    const stored = "x-base:\n  restart: always\nservices:\n  a:\n    restart: always\n    image: a\n";
    expect(same(sent, stored)).toBe(true);
  });
});
