/** seedProfile 'coolify-dev': the world a fresh real Coolify's development seed has. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';

describe("sandbox seedProfile 'coolify-dev'", () => {
  let sb: Sandbox;
  const get = async (path: string): Promise<Array<Record<string, unknown>>> =>
    (await (await fetch(`${sb.url}/api/v1${path}`, { headers: { Authorization: `Bearer ${sb.token}` } })).json()) as Array<Record<string, unknown>>;
  beforeAll(async () => {
    sb = await startSandbox({ port: 0, seedProfile: 'coolify-dev', rateLimitPerMinute: 0 });
  });
  afterAll(async () => sb.close());

  it('has the server localhost (uuid localhost) with its destination coolify', async () => {
    expect((await get('/servers')).map((s) => [s.uuid, s.name])).toEqual([['localhost', 'localhost']]);
    expect((await get('/servers/localhost/destinations')).map((d) => d.name)).toEqual(['coolify']);
  });

  it('has the keys ssh and github-key, the GitHub apps and the S3 storage minio', async () => {
    expect((await get('/security/keys')).map((k) => k.uuid)).toEqual(['ssh', 'github-key']);
    expect((await get('/github-apps')).map((g) => g.uuid)).toEqual(['github-public', 'github-app']);
    expect((await get('/s3-storages')).map((s) => [s.uuid, s.name, s.is_usable])).toEqual([['minio', 'Local MinIO', true]]);
  });

  it('the default seed is unchanged (main and edge)', async () => {
    const other = await startSandbox({ port: 0, rateLimitPerMinute: 0 });
    try {
      const res = await fetch(`${other.url}/api/v1/servers`, { headers: { Authorization: `Bearer ${other.token}` } });
      expect(((await res.json()) as Array<{ name: string }>).map((s) => s.name)).toEqual(['main', 'edge']);
    } finally {
      await other.close();
    }
  });
});
