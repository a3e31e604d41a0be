import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { api, createProject, seeded } from './helpers.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const read = (f: string): string => readFileSync(join(FIXTURES, f), 'utf8');
const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');

describe('sandbox services: compose re-dump like Coolify (audit row 7)', () => {
  let sb: Sandbox;
  let project: string;
  beforeAll(async () => {
    sb = await startSandbox();
    project = await createProject(sb, 'svc');
  });
  afterAll(async () => sb.close());
  const create = (compose: string) =>
    api(sb, 'POST', '/services', {
      project_uuid: project, environment_name: 'production', server_uuid: seeded(sb).main,
      name: 'svc', docker_compose_raw: b64(compose), instant_deploy: false,
    });

  // The expected texts were captured from a real Coolify 4.3.11 (see fixtures/README.md).
  it('create stores the Symfony re-dump Coolify 4.3.11 stores', async () => {
    const r = await create(read('compose-sent.yaml'));
    expect(r.status).toBe(201);
    const got = await api(sb, 'GET', `/services/${r.json.uuid}`);
    expect(got.json.docker_compose_raw).toBe(read('compose-coolify-4.3.11.yaml'));
  });

  it('PATCH stores the re-dump Coolify 4.3.11 stores', async () => {
    const r = await create(read('compose-sent.yaml'));
    const patch = await api(sb, 'PATCH', `/services/${r.json.uuid}`, { docker_compose_raw: b64(read('compose-patch-sent.yaml')) });
    expect(patch.status).toBe(200);
    const got = await api(sb, 'GET', `/services/${r.json.uuid}`);
    expect(got.json.docker_compose_raw).toBe(read('compose-patch-coolify-4.3.11.yaml'));
  });

  it('quotes scalars, drops volume content/isDirectory and dumps lists of maps as Coolify 4.3.11 does', async () => {
    const r = await create(read('scalars-sent.yaml'));
    const got = await api(sb, 'GET', `/services/${r.json.uuid}`);
    expect(got.json.docker_compose_raw).toBe(read('scalars-coolify-4.3.11.yaml'));
  });
});

describe('sandbox services: `urls` name service applications of the parsed compose (ServicesController.php:155-160)', () => {
  let sb: Sandbox;
  let project: string;
  beforeAll(async () => {
    sb = await startSandbox();
    project = await createProject(sb, 'svc-urls');
  });
  afterAll(async () => sb.close());
  const COMPOSE = 'services:\n  web:\n    image: nginx:1\n';
  const create = (name: string, urls: unknown) =>
    api(sb, 'POST', '/services', {
      project_uuid: project, environment_name: 'production', server_uuid: seeded(sb).main,
      name, docker_compose_raw: b64(COMPOSE), instant_deploy: false, urls,
    });

  // Answers captured from a real Coolify 4.3.11.
  it('create accepts urls for a compose service in the same request (parse runs first)', async () => {
    const r = await create('ok', [{ name: 'web', url: 'https://web.example.com' }]);
    expect(r.status).toBe(201);
    expect(r.json.domains).toEqual(['https://web.example.com']);
    const got = await api(sb, 'GET', `/services/${r.json.uuid as string}`);
    expect(got.json.applications).toEqual([expect.objectContaining({ name: 'web', fqdn: 'https://web.example.com' })]);
  });

  it('a url for a container the compose does not have is a 422 and the create leaves no service', async () => {
    const r = await create('bad', [{ name: 'nope', url: 'https://x.example.com' }]);
    expect(r.status).toBe(422);
    expect(r.json).toEqual({ message: 'Validation failed.', errors: ["Service container with 'nope' not found."] });
    expect(sb.store.world.services.map((s) => s.name)).not.toContain('bad');
  });

  it('PATCH with an unknown container is a 422; the names met before it are saved all the same', async () => {
    const r = await create('patched', [{ name: 'web', url: 'https://p.example.com' }]);
    const patch = await api(sb, 'PATCH', `/services/${r.json.uuid as string}`, {
      urls: [{ name: 'web', url: 'https://p2.example.com' }, { name: 'nope', url: 'https://y.example.com' }],
    });
    expect(patch.status).toBe(422);
    expect(patch.json.errors).toEqual(["Service container with 'nope' not found."]);
    const got = await api(sb, 'GET', `/services/${r.json.uuid as string}`);
    expect(got.json.applications).toEqual([expect.objectContaining({ name: 'web', fqdn: 'https://p2.example.com' })]);
  });
});
