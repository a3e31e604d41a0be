/**
 * Audit m12: a deleted resource's delete waits for the update and redeploy of its former
 * dependents, found in the live state (src/plan/former-dependents.ts) and ordered by the step
 * graph (src/graph/steps.ts).
 */
import { describe, expect, it } from 'vitest';
import { buildSteps } from '../../src/graph/steps.js';
import { findFormerDependents } from '../../src/plan/former-dependents.js';
import type { Action, FieldChange, ResourceChange } from '../../src/model/plan.js';
import type { Address, ResourceKind } from '../../src/model/address.js';
import type { LiveEnvVar, LiveResource } from '../../src/model/resource.js';
import { addr } from '../helpers/address.js';

const REDIS = addr('shop/staging/database/redis');
const WEB = addr('shop/staging/application/web');
const API = addr('shop/staging/application/api');
const PROD_WEB = addr('shop/production/application/web');

const envChange: FieldChange = { path: 'env.REDIS_URL', label: 'env.REDIS_URL', before: 'x', after: null, sensitive: false, effect: 'redeploy' };
const imageChange: FieldChange = { path: 'image', label: 'image', before: 'a', after: 'b', sensitive: false, effect: 'redeploy' };

function rc(address: Address, kind: ResourceKind, action: Action, uuid: string, changes: FieldChange[] = []): ResourceChange {
  return { address, kind, name: address.split('/').at(-1)!, action, actionReason: action === 'delete' ? 'removed-from-manifest' : 'fields-changed', reason: 'test', changes, unchangedCount: 0, consequences: [], protect: false, uuid };
}
const liveApp = (address: Address, uuid: string, env: LiveEnvVar[] | undefined): LiveResource => ({ kind: 'application', uuid, name: 'x', address, owned: true, fields: {}, env });
const v = (key: string, value: string | undefined): LiveEnvVar => ({ uuid: `e-${key}`, key, value });

const redisDelete = rc(REDIS, 'database', 'delete', 'r-uuid-1');
const redisLive: LiveResource = { kind: 'database', uuid: 'r-uuid-1', name: 'redis', address: REDIS, owned: true, fields: {} };

describe('findFormerDependents', () => {
  const cases: Array<{ name: string; y: ResourceChange; live: LiveResource; expected: boolean }> = [
    { name: 'live env value holds the deleted uuid', y: rc(WEB, 'application', 'update', 'w', [envChange]), live: liveApp(WEB, 'w', [v('REDIS_URL', 'redis://default:p@r-uuid-1:6379/0')]), expected: true },
    { name: 'live env value holds the uuid, only the image changes', y: rc(WEB, 'application', 'update', 'w', [imageChange]), live: liveApp(WEB, 'w', [v('REDIS_URL', 'redis://r-uuid-1:6379')]), expected: true },
    { name: 'live env readable and unrelated', y: rc(WEB, 'application', 'update', 'w', [envChange]), live: liveApp(WEB, 'w', [v('MODE', 'plain')]), expected: false },
    { name: 'env unreadable, env changes, same environment (assumed)', y: rc(WEB, 'application', 'update', 'w', [envChange]), live: liveApp(WEB, 'w', [v('REDIS_URL', undefined)]), expected: true },
    { name: 'env unreadable, no env change', y: rc(API, 'application', 'update', 'a', [imageChange]), live: liveApp(API, 'a', undefined), expected: false },
    { name: 'env unreadable, env changes, other environment', y: rc(PROD_WEB, 'application', 'update', 'p', [envChange]), live: liveApp(PROD_WEB, 'p', undefined), expected: false },
    { name: 'a no-op never holds a delete back', y: rc(WEB, 'application', 'no-op', 'w'), live: liveApp(WEB, 'w', [v('REDIS_URL', 'redis://r-uuid-1')]), expected: false },
  ];
  it.each(cases)('$name', ({ y, live, expected }) => {
    const found = findFormerDependents([redisDelete, y], [redisLive, live]);
    expect(found).toEqual(expected ? [{ dependent: y.address, deleted: REDIS }] : []);
  });
});

describe('buildSteps with former dependents', () => {
  const web = rc(WEB, 'application', 'update', 'w', [envChange]);
  const cases: Array<{ name: string; former: { dependent: Address; deleted: Address }[]; deleteDependsOn: string[] }> = [
    { name: 'without links the delete runs at once', former: [], deleteDependsOn: [] },
    { name: 'the delete waits for the dependent deploy', former: [{ dependent: WEB, deleted: REDIS }], deleteDependsOn: [`${WEB}:deploy`] },
  ];
  it.each(cases)('$name', ({ former, deleteDependsOn }) => {
    const steps = buildSteps([redisDelete, web], [], former);
    const ids = steps.map((s) => s.id);
    expect(ids).toContain(`${WEB}:env`);
    expect(steps.find((s) => s.id === `${REDIS}:delete`)!.dependsOn).toEqual(deleteDependsOn);
    if (deleteDependsOn.length > 0) expect(ids.indexOf(`${REDIS}:delete`)).toBeGreaterThan(ids.indexOf(`${WEB}:deploy`));
  });
});
