import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { computeLiveFingerprint, VOLATILE_FIELDS } from '../../src/plan/fingerprint.js';
import { canonicalJson } from '../../src/diff/equal.js';
import type { LiveEnvVar, LiveResource } from '../../src/model/resource.js';

/** The rule the fingerprint keeps: SHA-256 of the canonical JSON of the sorted list of plain records. */
function referenceFingerprint(resources: readonly LiveResource[]): string {
  const envList = (list: readonly LiveEnvVar[] | undefined): unknown =>
    list ? [...list].map((e) => ({ ...e })).sort((a, b) => (a.key + String(a.is_preview)).localeCompare(b.key + String(b.is_preview)) || a.uuid.localeCompare(b.uuid)) : null;
  const records = resources
    .map((r) => ({
      address: r.address ?? null,
      kind: r.kind,
      uuid: r.uuid,
      owned: r.owned,
      fields: Object.fromEntries(Object.entries(r.fields).filter(([k]) => !VOLATILE_FIELDS.has(k))),
      env: envList(r.env),
      sharedEnv: envList(r.sharedEnv),
      tags: r.tags ? [...r.tags].sort() : null,
    }))
    .sort((a, b) => `${a.address}\u0000${a.uuid}`.localeCompare(`${b.address}\u0000${b.uuid}`));
  return createHash('sha256').update(canonicalJson(records)).digest('hex');
}

const text = fc.oneof(fc.constant(''), fc.string({ maxLength: 6 }), fc.constantFrom('a', 'B', 'b', 'é', '10', '2'));
const fieldValue = fc.oneof(text, fc.integer(), fc.boolean(), fc.constant(null), fc.array(text, { maxLength: 3 }), fc.dictionary(text, text, { maxKeys: 3 }));
const envVar = fc.record({ key: text, value: text, uuid: text, is_preview: fc.boolean() }) as unknown as fc.Arbitrary<LiveEnvVar>;
const resource = fc.record(
  {
    address: text,
    kind: fc.constantFrom('application', 'project', 'environment'),
    uuid: text,
    name: text,
    owned: fc.boolean(),
    fields: fc.dictionary(fc.oneof(text, fc.constantFrom(...VOLATILE_FIELDS)), fieldValue, { maxKeys: 6 }),
    env: fc.array(envVar, { maxLength: 3 }),
    sharedEnv: fc.array(envVar, { maxLength: 2 }),
    tags: fc.array(text, { maxLength: 3 }),
  },
  { requiredKeys: ['kind', 'uuid', 'name', 'owned', 'fields'] },
) as unknown as fc.Arbitrary<LiveResource>;

describe('computeLiveFingerprint', () => {
  it('is SHA-256 of the canonical JSON of the sorted records, volatile fields left out (property)', () => {
    fc.assert(fc.property(fc.array(resource, { maxLength: 6 }), (list) => {
      expect(computeLiveFingerprint(list)).toBe(referenceFingerprint(list));
    }), { numRuns: 2000 });
  });

  it('does not depend on the order of the input or on volatile fields', () => {
    const a: LiveResource = { kind: 'application', uuid: 'u1', name: 'a', owned: true, address: 'p/e/application/a' as LiveResource['address'], fields: { fqdn: 'x', status: 'running' } };
    const b: LiveResource = { kind: 'project', uuid: 'u2', name: 'p', owned: true, address: 'p' as LiveResource['address'], fields: { name: 'p' } };
    expect(computeLiveFingerprint([a, b])).toBe(computeLiveFingerprint([b, { ...a, fields: { fqdn: 'x', status: 'exited' } }]));
    expect(computeLiveFingerprint([a, b])).not.toBe(computeLiveFingerprint([b, { ...a, fields: { fqdn: 'y' } }]));
  });
});
