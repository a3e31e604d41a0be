import { describe, expect, it } from 'vitest';
import {
  DESCRIPTION_MAX_LENGTH,
  MARKER_CHANGE_PATH,
  hasLegacyMarker,
  hasOwnershipMarker,
  hasProtectMarker,
  ownershipMarker,
  type DesiredResource,
  type LiveResource,
} from '../../src/model/resource.js';
import { description, withOwnershipMarker } from '../../src/kinds/normalize.js';
import { buildUpdateBody } from '../../src/kinds/payload.js';
import { diffResource } from '../../src/diff/diff-resource.js';
import { PROJECT_SPEC } from '../../src/kinds/project.js';
import { isOwnedRecord } from '../../src/model/ownership.js';
import { checkCoolifyDescription } from '../../src/validate/coolify-patterns.js';
import { addr } from '../helpers/address.js';

// Coolify's DESCRIPTION_PATTERN (app/Support/ValidationPatterns.php:18) has no `[`, `]`, `;`, `:`, `#`.
describe('ownership marker', () => {
  it('is accepted by Coolify descriptionRules() in both forms (checked against Coolify 4.3.11: POST /projects 201)', () => {
    expect(checkCoolifyDescription(ownershipMarker(false))).toBeUndefined();
    expect(checkCoolifyDescription(ownershipMarker(true))).toBeUndefined();
    expect(checkCoolifyDescription('ADO platform (managed by ado-coolify) (protect)')).toBeUndefined();
    expect(ownershipMarker(true).length).toBeLessThan(DESCRIPTION_MAX_LENGTH);
  });

  it('recognises the legacy bracketed markers (ownership, protect) and strips both forms', () => {
    for (const d of ['x [managed by ado-coolify]', 'x [managed by ado-coolify] [protect]', 'x (managed by ado-coolify)', 'x (managed by ado-coolify) (protect)']) {
      expect(hasOwnershipMarker(d)).toBe(true);
      expect(isOwnedRecord({ description: d })).toBe(true);
      expect(description(d)).toBe('x');
    }
    expect(hasProtectMarker('x [managed by ado-coolify] [protect]')).toBe(true);
    expect(hasProtectMarker('x (managed by ado-coolify) (protect)')).toBe(true);
    expect(hasProtectMarker('x (managed by ado-coolify)')).toBe(false);
    expect(hasProtectMarker('x [protect]')).toBe(false);
    expect(hasLegacyMarker('x [managed by ado-coolify]')).toBe(true);
    expect(hasLegacyMarker('x (managed by ado-coolify)')).toBe(false);
    expect(hasOwnershipMarker('managed by ado-coolify')).toBe(false);
  });

  it('rewrites a legacy marker to the current form on the payload side', () => {
    expect(withOwnershipMarker('API [managed by ado-coolify] [protect]', false)).toBe('API (managed by ado-coolify)');
    expect(withOwnershipMarker('API [managed by ado-coolify]', true)).toBe('API (managed by ado-coolify) (protect)');
  });

  const desired: DesiredResource = { address: addr('ado'), kind: 'project', name: 'ado', fields: { name: 'ado', description: 'ADO' }, protect: true, ignoreChanges: [] };
  const live = (d: string): LiveResource => ({ kind: 'project', uuid: 'p', name: 'ado', address: addr('ado'), owned: true, fields: { name: 'ado', description: d } });
  const ctx = { canReadSensitive: true, refs: () => undefined };

  it('plans a legacy marker as a marker migration, not as description drift', () => {
    const d = diffResource(desired, live('ADO [managed by ado-coolify] [protect]'), PROJECT_SPEC, ctx);
    const counted = d.changes.filter((c) => c.counts);
    expect(counted.map((c) => c.path)).toEqual([MARKER_CHANGE_PATH]);
    expect(counted[0]).toMatchObject({ label: 'ownership marker', before: '[managed by ado-coolify] [protect]', after: '(managed by ado-coolify) (protect)' });
    const body = buildUpdateBody(desired, { changes: counted as unknown as Parameters<typeof buildUpdateBody>[1]["changes"], uuid: "p" }, { liveDescription: 'ADO [managed by ado-coolify] [protect]' } as Parameters<typeof buildUpdateBody>[2]);
    expect(body).toEqual({ description: 'ADO (managed by ado-coolify) (protect)' });
  });

  it('plans nothing for a current marker', () => {
    const d = diffResource(desired, live('ADO (managed by ado-coolify) (protect)'), PROJECT_SPEC, ctx);
    expect(d.hasChanges).toBe(false);
  });
});
