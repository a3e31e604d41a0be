/**
 * Destinations and an application's extra networks against the real Coolify 4.3.11 (issue 16).
 * The kit has one server, and a destination cannot be deleted offline (the delete removes the
 * Docker network over SSH first: DestinationsController.php:413-415), so this file makes a
 * second server of its own through the API (no SSH needed to register one; its host name does
 * not resolve, so Coolify's `docker network create` over SSH fails at once, not after a timeout)
 * and puts its
 * destination there: `localhost` keeps its one destination for the other files, and the server
 * (with what it holds) is deleted at the end. A `destinations:` entry is created under its
 * server, plans clean, an application on `localhost` attaches it through `networks:` and
 * detaches it when dropped, and `import --instance` writes it with its server's name.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { findProject, realApi, realCli, realCoolify, tempDir, uniqueName, writeManifest, type RealApi } from './harness.js';

const real = realCoolify();

describe.skipIf(real.skip !== undefined)(`real Coolify: destinations${real.skip !== undefined ? ` (${real.skip})` : ''}`, () => {
  let api: RealApi;
  let dir: string;
  let serverUuid = '';
  const serverName = uniqueName('srv');
  const network = uniqueName('net');
  const project = uniqueName('dest');
  const manifest = (networks: string[]) => ({
    version: 1,
    destinations: { [network]: { server: serverName, network } },
    projects: {
      [project]: { environments: { production: { applications: { web: { server: 'localhost', image: 'nginx:1.27', ports: [80], ...(networks.length > 0 ? { networks } : {}) } } } } },
    },
  });
  const cli = (args: string[]) => realCli({ url: real.url!, token: real.token! }, args, dir, {});
  const appUuid = async (): Promise<string> => {
    const p = await findProject(api, project);
    const apps = await api.get<Array<Record<string, unknown>>>('/applications');
    const env = await api.get<{ id: number }>(`/projects/${p!.uuid}/production`);
    return String(apps.find((a) => a.name === 'web' && a.environment_id === env.id)!.uuid);
  };
  beforeAll(async () => {
    api = realApi(real.url!, real.token!);
    dir = tempDir('ado-coolify-real-destinations-');
    const made = await api.request('POST', '/servers', { name: serverName, ip: `${serverName}.invalid`, port: 22, user: 'root', private_key_uuid: 'ssh' });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    serverUuid = String((made.body as { uuid: string }).uuid);
  });
  afterAll(async () => {
    const p = await findProject(api, project);
    if (p) {
      for (const a of (await api.get<Array<Record<string, unknown>>>('/applications')).filter((x) => x.name === 'web')) await api.request('DELETE', `/applications/${String(a.uuid)}?delete_volumes=true`);
      await api.request('DELETE', `/projects/${p.uuid}`);
    }
    if (serverUuid) await api.request('DELETE', `/servers/${serverUuid}`);
  });

  it('creates the destination under its server and attaches it to an application on localhost; the next plan is clean', async () => {
    writeManifest(dir, manifest([network]));
    const applied = await cli(['apply', '--auto-approve', '--no-wait']);
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    const created = (await api.get<Array<Record<string, unknown>>>(`/servers/${serverUuid}/destinations`)).filter((d) => d.network === network);
    expect(created).toEqual([expect.objectContaining({ name: network, type: 'standalone', server_uuid: serverUuid })]);
    const onApp = await api.get<Array<Record<string, unknown>>>(`/applications/${await appUuid()}/destinations`);
    expect(onApp.map((d) => [d.network, d.is_primary])).toEqual([['coolify', true], [network, false]]);
    const plan = await cli(['plan', '--detailed-exitcode']);
    expect(plan.status, plan.stdout + plan.stderr).toBe(0);
  });

  it('import --instance writes the destination with its server\'s name (not the default coolify networks)', async () => {
    const imported = await cli(['import', '--instance', '-o', 'instance.yaml']);
    expect(imported.status, imported.stderr).toBe(0);
    const m = parse(readFileSync(join(dir, 'instance.yaml'), 'utf8')) as { destinations?: Record<string, { server: string; network: string }> };
    expect(m.destinations?.[network]).toEqual({ server: serverName, network });
    expect(Object.values(m.destinations ?? {}).some((d) => d.network === 'coolify')).toBe(false);
  });

  it('a dropped network is detached (the list answer counts it), and converges', async () => {
    writeManifest(dir, manifest([]));
    const applied = await cli(['apply', '--auto-approve', '--no-wait']);
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    const onApp = await api.get<Array<Record<string, unknown>>>(`/applications/${await appUuid()}/destinations`);
    expect(onApp.map((d) => d.is_primary)).toEqual([true]);
    const plan = await cli(['plan', '--detailed-exitcode']);
    expect(plan.status, plan.stdout + plan.stderr).toBe(0);
  });
});
