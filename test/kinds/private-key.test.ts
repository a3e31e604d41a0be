/**
 * The private key kind: its table (the key is a secret compared through the fingerprint Coolify
 * stores), its lowering, and its request bodies (PATCH and adoption carry the key, which
 * update_key requires: SecurityController.php:321-325).
 */
import { describe, expect, it } from 'vitest';
import { generateKeyPairSync } from 'node:crypto';
import { buildAdoptRequest, buildCreateRequest, buildUpdateBody, type PayloadContext } from '../../src/kinds/payload.js';
import { PRIVATE_KEY_SPEC, lowerPrivateKey } from '../../src/kinds/private-key.js';
import { keyFingerprint } from '../../src/kinds/ssh-key.js';
import { parseAddress, privateKeyAddress } from '../../src/model/address.js';
import { diffResource } from '../../src/diff/diff-resource.js';
import type { DiffContext } from '../../src/diff/types.js';

const pem = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
const ctx: PayloadContext = { refs: () => undefined };

describe('private key kind', () => {
  it('lowers to pk/NAME with name, key and description; the address parses back', () => {
    const r = lowerPrivateKey('deploy', { privateKey: pem, description: 'd', protect: true });
    expect(r).toMatchObject({ address: 'pk/deploy', kind: 'privateKey', name: 'deploy', protect: true, fields: { name: 'deploy', private_key: pem, description: 'd' } });
    expect(parseAddress(privateKeyAddress('deploy'))).toEqual({ kind: 'privateKey', name: 'deploy' });
  });

  it('the key is sensitive and read back as the fingerprint', () => {
    const f = PRIVATE_KEY_SPEC.fields.find((x) => x.path === 'private_key')!;
    expect(f).toMatchObject({ sensitive: true, readFrom: ['fingerprint'], sentWithEveryPatch: true });
    expect(PRIVATE_KEY_SPEC.team?.scope).toBe('withSection');
    expect(PRIVATE_KEY_SPEC.team?.collection).toBe('/security/keys');
  });

  it('create: POST /security/keys with name, description (marker) and key', () => {
    const req = buildCreateRequest(lowerPrivateKey('deploy', { privateKey: pem }), ctx);
    expect(req.endpoint).toEqual({ method: 'POST', template: '/security/keys', params: {} });
    expect(Object.keys(req.body).sort()).toEqual(['description', 'name', 'private_key']);
    expect(req.body.private_key).toBe(pem);
  });

  it('a description change PATCHes the key along; adoption too', () => {
    const r = lowerPrivateKey('deploy', { privateKey: pem, description: 'new' });
    const body = buildUpdateBody(r, { changes: [{ path: 'description', label: 'description', before: 'old', after: 'new', sensitive: false, effect: 'update' }] }, ctx);
    expect(body).toEqual({ description: 'new (managed by ado-coolify)', private_key: pem });
    const adopt = buildAdoptRequest(r, { kind: 'privateKey', uuid: 'k', name: 'deploy', owned: false, fields: { description: 'x' } }, ctx);
    expect(adopt?.endpoint).toEqual({ method: 'PATCH', template: '/security/keys/{uuid}', params: { uuid: 'k' } });
    expect(adopt?.body.private_key).toBe(pem);
  });

  it('diff: the same key (its fingerprint live) is no change, another key is one', () => {
    const r = lowerPrivateKey('deploy', { privateKey: pem, description: 'd' });
    const live = (fingerprint: string | undefined) => ({ kind: 'privateKey' as const, uuid: 'k', name: 'deploy', owned: true, fields: { name: 'deploy', description: 'd (managed by ado-coolify)', fingerprint } });
    const dctx: DiffContext = { refs: () => undefined, canReadSensitive: true };
    const same = diffResource(r, live(keyFingerprint(pem)), PRIVATE_KEY_SPEC, dctx);
    expect(same.changes.filter((c) => c.counts)).toEqual([]);
    const other = diffResource(r, live('AAAAdifferentFingerprint'), PRIVATE_KEY_SPEC, dctx);
    expect(other.changes.filter((c) => c.counts).map((c) => c.path)).toEqual(['private_key']);
  });
});
