/**
 * The server kind: its table (settings read from `settings.*`, the proxy upper-cased, the key
 * sent by uuid and compared by the name the reader adds), its lowering and request bodies (create takes the
 * connection; concurrent builds and the queue limit follow in a PATCH; the Docker cleanup goes
 * to its own endpoint), the dependency edges a declared server and key make, and its import.
 */
import { describe, expect, it } from 'vitest';
import { buildCreateRequest, buildUpdateBody, type PayloadContext } from '../../src/kinds/payload.js';
import { SERVER_SPEC, importServer, lowerServer } from '../../src/kinds/server.js';
import { buildDesiredState } from '../../src/kinds/lower.js';
import { parseAddress, serverAddress } from '../../src/model/address.js';
import { diffResource } from '../../src/diff/diff-resource.js';
import type { DiffContext } from '../../src/diff/types.js';
import type { ResolvedManifest } from '../../src/manifest/types.js';

const ctx: PayloadContext = { refs: () => undefined, resolveUuid: (what, name) => (what === 'privateKey' ? `uuid-of-${name}` : undefined) };
const dctx: DiffContext = { refs: () => undefined, canReadSensitive: true };
const field = (path: string) => SERVER_SPEC.fields.find((f) => f.path === path)!;

describe('server kind', () => {
  it('lowers to sv/NAME; the address parses back', () => {
    const r = lowerServer('edge', { ip: '10.0.0.9', privateKey: 'deploy', port: 2222, proxy: 'caddy', concurrentBuilds: 3, dockerCleanup: { threshold: 70 }, protect: true });
    expect(r).toMatchObject({
      address: 'sv/edge', kind: 'server', protect: true,
      fields: { name: 'edge', ip: '10.0.0.9', private_key_uuid: 'deploy', port: 2222, proxy_type: 'caddy', concurrent_builds: 3, docker_cleanup_threshold: 70 },
    });
    expect(parseAddress(serverAddress('edge'))).toEqual({ kind: 'server', name: 'edge' });
  });

  it('create: POST /servers with the connection and the key uuid; PATCH-only settings in the follow-up; cleanup in neither', () => {
    const req = buildCreateRequest(lowerServer('edge', { ip: '10.0.0.9', privateKey: 'deploy', buildServer: true, concurrentBuilds: 3, dockerCleanup: { schedule: '0 1 * * *' } }), ctx);
    expect(req.endpoint).toEqual({ method: 'POST', template: '/servers', params: {} });
    // the 4.4 form; the release gate says it as is_build_server to 4.3.x (test/plan/release-gate-server-role.test.ts)
    expect(req.body).toMatchObject({ name: 'edge', ip: '10.0.0.9', private_key_uuid: 'uuid-of-deploy', server_role: 'build' });
    expect(Object.keys(req.body).sort()).toEqual(['description', 'ip', 'name', 'private_key_uuid', 'server_role']);
    expect(req.followUp).toEqual({ concurrent_builds: 3 });
  });

  it('compares settings from the detail answer: the proxy case-blind, the build role from 4.4 server_role too; the key by identity', () => {
    const desired = lowerServer('edge', { ip: '10.0.0.9', privateKey: 'deploy', proxy: 'caddy', buildServer: true, concurrentBuilds: 3 });
    const diff = (fields: Record<string, unknown>) =>
      diffResource(desired, { kind: 'server', uuid: 'u', name: 'edge', address: serverAddress('edge'), owned: true, fields: { name: 'edge', ip: '10.0.0.9', description: '(managed by ado-coolify)', ...fields } }, SERVER_SPEC, dctx);
    const same = diff({ proxy: { type: 'CADDY' }, private_key_id: 99, settings: { is_build_server: true, concurrent_builds: 3 } });
    expect(same.changes.map((c) => c.path)).toEqual([]);
    const v44 = diff({ proxy: { type: 'CADDY' }, settings: { server_role: 'build', concurrent_builds: 3 } });
    expect(v44.changes.map((c) => c.path)).toEqual([]);
    const drifted = diff({ proxy: { type: 'TRAEFIK' }, settings: { is_build_server: false, concurrent_builds: 2 } });
    expect(drifted.changes.map((c) => c.path).sort()).toEqual(['concurrent_builds', 'proxy_type', 'server_role']);
    // the key by identity: the name of the key the server's private_key_id names (raw reader, team.byId)
    expect(diff({ proxy: { type: 'CADDY' }, private_key_id: 99, private_key_name: 'deploy', settings: { is_build_server: true, concurrent_builds: 3 } }).changes).toEqual([]);
    const swapped = diff({ proxy: { type: 'CADDY' }, private_key_id: 7, private_key_name: 'other', settings: { is_build_server: true, concurrent_builds: 3 } });
    expect(swapped.changes.map((c) => c.label)).toEqual(['privateKey']);
    // a manifest that names the key by its uuid compares with the live key's uuid
    const byUuid = lowerServer('edge', { ip: '10.0.0.9', privateKey: 'k-uuid-7', proxy: 'caddy', buildServer: true, concurrentBuilds: 3 });
    const live = (name: string, uuid: string) => ({ kind: 'server' as const, uuid: 'u', name: 'edge', address: serverAddress('edge'), owned: true, fields: { name: 'edge', ip: '10.0.0.9', description: '(managed by ado-coolify)', proxy: { type: 'CADDY' }, private_key_id: 7, private_key_name: name, private_key_live_uuid: uuid, settings: { is_build_server: true, concurrent_builds: 3 } } });
    expect(diffResource(byUuid, live('deploy', 'k-uuid-7'), SERVER_SPEC, dctx).changes).toEqual([]);
    expect(diffResource(byUuid, live('other', 'k-uuid-8'), SERVER_SPEC, dctx).changes.map((c) => c.label)).toEqual(['privateKey']);
  });

  it('an update PATCHes only /servers fields; the cleanup fields are not patchable there', () => {
    const r = lowerServer('edge', { ip: '10.0.0.10', privateKey: 'deploy', dockerCleanup: { threshold: 60 } });
    const body = buildUpdateBody(r, { uuid: 'u', changes: [{ path: 'ip' }, { path: 'docker_cleanup_threshold' }] as never }, ctx);
    expect(body).toEqual({ ip: '10.0.0.10' });
    expect(field('docker_cleanup_threshold')).toMatchObject({ creatable: false, patchable: false, readFrom: ['settings.docker_cleanup_threshold'] });
  });

  it('a declared server comes before what is placed on it, a declared key before the server; undeclared ones stay lookups', () => {
    const manifest = {
      version: 1,
      privateKeys: { deploy: { privateKey: 'k' } },
      servers: { edge: { ip: '10.0.0.9', privateKey: 'deploy' }, other: { ip: '10.0.0.8', privateKey: 'seeded' } },
      projects: {
        shop: { environments: { production: { applications: { web: { image: 'nginx:1', server: 'edge' }, api: { image: 'nginx:1', server: 'main' } } } } },
      },
    } as unknown as ResolvedManifest;
    const state = buildDesiredState(manifest, []);
    const refs = state.edges.filter((e) => e.reason === 'reference').map((e) => `${e.from} -> ${e.to} (${e.via})`);
    expect(refs.sort()).toEqual(['shop/production/application/web -> sv/edge (server)', 'sv/edge -> pk/deploy (privateKey)']);
    expect(state.teamKinds).toEqual(['privateKey', 'server']);
  });

  it('lowers log drains (listed = on) and Sentinel; their keys are secrets, the custom config hidden without read:sensitive', () => {
    const r = lowerServer('edge', {
      ip: '10.0.0.9', privateKey: 'deploy',
      logDrains: { axiom: { dataset: 'logs', apiKey: 'K' }, custom: { enabled: false, config: '[OUTPUT]' } },
      sentinel: { metrics: true, token: 'T', pushIntervalSeconds: 30 },
    });
    expect(r.fields).toMatchObject({
      is_logdrain_axiom_enabled: true, logdrain_axiom_dataset_name: 'logs', logdrain_axiom_api_key: 'K', is_logdrain_custom_enabled: false, logdrain_custom_config: '[OUTPUT]',
      is_metrics_enabled: true, sentinel_token: 'T', sentinel_push_interval_seconds: 30,
    });
    expect('is_logdrain_newrelic_enabled' in r.fields).toBe(false);
    expect(field('logdrain_axiom_api_key')).toMatchObject({ sensitive: true, creatable: false, patchable: false });
    expect(field('sentinel_token')).toMatchObject({ sensitive: true });
    expect(field('logdrain_custom_config')).toMatchObject({ needsReadSensitive: true });
    expect(buildCreateRequest(r, ctx).followUp).toBeUndefined();
  });

  it('imports the connection with the key by name and only the settings that differ from the defaults', () => {
    const entry = importServer(
      {
        name: 'edge', ip: '10.0.0.9', port: 22, user: 'root', private_key_id: 5, proxy: { type: 'TRAEFIK' },
        settings: { is_build_server: false, concurrent_builds: 4, deployment_queue_limit: 25, docker_cleanup_frequency: '0 0 * * *', docker_cleanup_threshold: 70, force_docker_cleanup: true, delete_unused_volumes: true, delete_unused_networks: false },
      },
      [{ id: 4, name: 'other' }, { id: 5, name: 'deploy' }],
    );
    expect(entry).toEqual({ ip: '10.0.0.9', privateKey: 'deploy', concurrentBuilds: 4, dockerCleanup: { threshold: 70, deleteUnusedVolumes: true } });
    const secret = (field: string, _what: string, value: string | undefined) => `PLACEHOLDER(${field}:${value === undefined ? 'unknown' : 'known'})`;
    expect(importServer({ ip: '1.2.3.4', settings: { is_logdrain_axiom_enabled: true, logdrain_axiom_dataset_name: 'logs', logdrain_axiom_api_key: 'K', is_metrics_enabled: true, sentinel_token: 'generated' } }, [], secret)).toEqual({
      ip: '1.2.3.4', logDrains: { axiom: { dataset: 'logs', apiKey: 'PLACEHOLDER(logdrain_axiom_api_key:known)' } }, sentinel: { metrics: true },
    });
    expect(importServer({ ip: '1.2.3.4', port: 2222, user: 'ops', proxy: { type: 'NONE' }, settings: { server_role: 'build' } }, [])).toEqual({ ip: '1.2.3.4', port: 2222, user: 'ops', proxy: 'none', buildServer: true });
  });

  it('imports the registry logins by host: the username, the password a placeholder with no value (write-only)', () => {
    const seen: Array<[string, string | undefined]> = [];
    const secret = (field: string, _what: string, value: string | undefined) => {
      seen.push([field, value]);
      return `PLACEHOLDER(${field})`;
    };
    const logins = [{ registry: 'ghcr.io', username: 'acme-ci', logged_in: true }, { registry: 'docker.io', username: 'acme', logged_in: true }];
    expect(importServer({ ip: '1.2.3.4' }, [], secret, logins)).toEqual({
      ip: '1.2.3.4',
      registries: { 'ghcr.io': { username: 'acme-ci', password: 'PLACEHOLDER(registry_ghcr.io)' }, 'docker.io': { username: 'acme', password: 'PLACEHOLDER(registry_docker.io)' } },
    });
    expect(seen).toEqual([['registry_ghcr.io', undefined], ['registry_docker.io', undefined]]);
    // through the kind's table: the logins come as the record's children
    expect(SERVER_SPEC.team!.importEntry!({ ip: '1.2.3.4' }, secret, {}, { serverRegistry: logins.slice(0, 1) })).toMatchObject({ registries: { 'ghcr.io': { username: 'acme-ci' } } });
    expect(SERVER_SPEC.team!.importEntry!({ ip: '1.2.3.4' }, secret, {})).toEqual({ ip: '1.2.3.4' });
  });
});
