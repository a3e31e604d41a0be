/**
 * Servers against the real Coolify 4.3.11 (issue 16): a `servers:` entry and the key it names
 * are created by one apply (key first); Coolify answers the validation with 201 "Validation
 * started.", and the kit cannot SSH anywhere: its ValidateServer job leaves the server
 * unreachable with the ssh error in `validation_logs`. `--no-wait` does not wait for it; an
 * apply that waits fails with that log, naming the server.
 * Settings go through PATCH /servers/{uuid} and the Docker cleanup, log drain and Sentinel
 * endpoints and converge (the drain key compared in memory, never printed); a
 * dropped server is deleted with --prune. The key never prints.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeyPairSync } from 'node:crypto';
import { leakedSecrets, realApi, realCli, realCoolify, tempDir, uniqueName, writeManifest, type RealApi } from './harness.js';

const real = realCoolify();

describe.skipIf(real.skip !== undefined)(`real Coolify: servers${real.skip !== undefined ? ` (${real.skip})` : ''}`, () => {
  let api: RealApi;
  let dir: string;
  const keyName = uniqueName('key');
  const name = uniqueName('srv');
  const key = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  const secrets = { SERVER_KEY: key, AXIOM_KEY: 'xaat-real-canary-4d1f' };
  const conn = { url: real.url!, token: real.token! };
  const manifest = (server: Record<string, unknown> | undefined) => ({
    version: 1,
    privateKeys: { [keyName]: { privateKey: '${secrets.SERVER_KEY}' } },
    servers: server === undefined ? {} : { [name]: { description: 'real test', ip: `${name}.example.test`, privateKey: keyName, ...server } },
    projects: {},
  });
  const live = async () => (await api.get<Array<Record<string, unknown>>>('/servers')).filter((s) => s.name === name);
  beforeAll(() => {
    api = realApi(real.url!, real.token!);
    dir = tempDir('ado-coolify-real-servers-');
  });
  afterAll(async () => {
    for (const s of await live()) await api.request('DELETE', `/servers/${String(s.uuid)}`);
    for (const k of (await api.get<Array<Record<string, unknown>>>('/security/keys')).filter((x) => x.name === keyName)) await api.request('DELETE', `/security/keys/${String(k.uuid)}`);
  });

  it('creates the key and the server with --no-wait (validation started, not awaited); the next plan is clean', async () => {
    writeManifest(dir, manifest({}));
    const applied = await realCli(conn, ['apply', '--auto-approve', '--no-wait'], dir, secrets);
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    expect(applied.stdout).toContain('validation started');
    expect(leakedSecrets({ BODY: key.split('\n')[1]! }, applied.stdout, applied.stderr)).toEqual([]);
    const [record] = await live();
    expect(record).toBeDefined();
    const detail = await api.get<Record<string, unknown>>(`/servers/${String(record!.uuid)}`);
    expect(detail.settings).toMatchObject({ is_reachable: false, is_usable: false });
    const keys = await api.get<Array<Record<string, unknown>>>('/security/keys');
    expect(detail.private_key_id).toBe(keys.find((k) => k.name === keyName)?.id);
    const plan = await realCli(conn, ['plan', '--detailed-exitcode'], dir, secrets);
    expect(plan.status, plan.stdout + plan.stderr).toBe(0);
  });

  const settings = {
    concurrentBuilds: 3, deploymentQueueLimit: 12, proxy: 'caddy', dockerCleanup: { schedule: '0 5 * * *', threshold: 75 },
    logDrains: { axiom: { dataset: 'coolify-logs', apiKey: '${secrets.AXIOM_KEY}' } }, sentinel: { metrics: true, metricsHistoryDays: 14 },
  };

  it('settings converge: concurrent builds and queue limit by PATCH, Docker cleanup, log drains and Sentinel by their endpoints; the drain key never prints', async () => {
    writeManifest(dir, manifest(settings));
    const applied = await realCli(conn, ['apply', '--auto-approve', '--no-wait'], dir, secrets);
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    expect(leakedSecrets({ AXIOM: secrets.AXIOM_KEY }, applied.stdout, applied.stderr)).toEqual([]);
    const detail = await api.get<Record<string, unknown>>(`/servers/${String((await live())[0]!.uuid)}`);
    expect(detail.settings).toMatchObject({ concurrent_builds: 3, deployment_queue_limit: 12, docker_cleanup_frequency: '0 5 * * *', docker_cleanup_threshold: 75 });
    expect(detail.settings).toMatchObject({ is_logdrain_axiom_enabled: true, logdrain_axiom_dataset_name: 'coolify-logs', logdrain_axiom_api_key: secrets.AXIOM_KEY, is_metrics_enabled: true, sentinel_metrics_history_days: 14 });
    expect((detail.proxy as Record<string, unknown>).type).toBe('CADDY');
    const plan = await realCli(conn, ['plan', '--detailed-exitcode'], dir, secrets);
    expect(plan.status, plan.stdout + plan.stderr).toBe(0);
  });

  it('an apply that waits for the validation fails with Coolify\'s validation log, naming the server', async () => {
    // a connection change validates again (another address: a log that differs from the last one)
    writeManifest(dir, manifest({ ...settings, port: 2222, ip: `${name}-b.example.test` }));
    const applied = await realCli(conn, ['apply', '--auto-approve', '--timeout', '30s'], dir, secrets);
    expect(applied.status, applied.stdout + applied.stderr).not.toBe(0);
    expect(applied.stdout + applied.stderr).toContain(`sv/${name} to be validated failed`);
    expect(applied.stdout + applied.stderr).toContain('Server is not reachable');
    const detail = await api.get<Record<string, unknown>>(`/servers/${String((await live())[0]!.uuid)}`);
    expect(detail).toMatchObject({ port: 2222, ip: `${name}-b.example.test`, is_validating: false });
    expect(String(detail.validation_logs)).toContain('ssh');
  });

  it('a dropped server is deleted with --prune', async () => {
    writeManifest(dir, manifest(undefined));
    const applied = await realCli(conn, ['apply', '--auto-approve', '--no-wait', '--prune'], dir, secrets);
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    expect(await live()).toEqual([]);
  });
});
