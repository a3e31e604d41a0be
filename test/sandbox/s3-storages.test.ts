/**
 * S3 storages as the real Coolify 4.3.11 answers them (every message below was checked against
 * it): app/Http/Controllers/Api/S3StoragesController.php store/update/validateBody and the
 * SafeWebhookUrl endpoint rule, with the sandbox's offline resolver.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { defaultResolveHost } from '../../src/sandbox/s3-endpoint.js';
import { api } from './helpers.js';

const BASE = { name: 'backups', bucket: 'ado-backups', region: 'eu-central-1', key: 'AK', secret: 'SK' };
const privateMessage = (sb: Sandbox): string =>
  `The endpoint points to a local or private address that is not allowed. Configure allowed internal targets: ${sb.url}/settings/advanced#endpoint-section`;

describe('sandbox S3 storages', () => {
  let sb: Sandbox;
  beforeAll(async () => {
    sb = await startSandbox({ resolveHost: (h) => (h === 'minio.example.com' ? ['10.1.2.3'] : defaultResolveHost(h)) });
  });
  afterAll(async () => sb.close());
  const create = (body: Record<string, unknown>) => api(sb, 'POST', '/s3-storages', { ...BASE, ...body });

  it('create answers 201 {uuid} only; the storage is not usable until validated', async () => {
    const r = await create({ endpoint: 'https://s3.eu-central-1.amazonaws.com' });
    expect(r.status).toBe(201);
    expect(r.json).toEqual({ uuid: expect.any(String) });
    const got = await api(sb, 'GET', `/s3-storages/${r.json.uuid}`);
    expect(got.json).toMatchObject({ is_usable: false, description: '', unusable_email_sent: false });
    const patched = await api(sb, 'PATCH', `/s3-storages/${r.json.uuid}`, { region: 'eu-west-1' });
    expect([patched.status, patched.json]).toEqual([200, { uuid: r.json.uuid }]);
    const v = await api(sb, 'POST', `/s3-storages/${r.json.uuid}/validate`);
    expect(v.json).toEqual({ valid: true, message: 'S3 storage connection is valid.' });
    expect((await api(sb, 'GET', `/s3-storages/${r.json.uuid}`)).json.is_usable).toBe(true);
  });

  it.each<[string, string | ((sb: Sandbox) => string)]>([
    ['not-a-url', 'The endpoint must be a valid URL.'],
    ['ftp://x.example.com', 'The endpoint must use the http or https scheme.'],
    ['https://s3.example.com.', 'The endpoint host must not end with a trailing dot.'],
    ['http://minio:9000', 'The endpoint host could not be resolved.'],
    ['https://bucket.invalid', 'The endpoint host could not be resolved.'],
    ['http://169.254.169.254', 'The endpoint must not point to link-local addresses.'],
    ['http://127.0.0.1:9000', privateMessage],
    ['http://10.0.0.5', privateMessage],
    ['http://[::1]:9000', privateMessage],
    ['http://minio.local', privateMessage],
    ['http://s3.internal', privateMessage],
    ['http://localhost:9000', privateMessage],
    ['https://minio.example.com', privateMessage],
  ])('endpoint %s → 422', async (endpoint, message) => {
    const r = await create({ endpoint });
    expect(r.status).toBe(422);
    expect(r.json).toEqual({ message: 'Validation failed.', errors: { endpoint: [typeof message === 'string' ? message : message(sb)] } });
  });

  it('a public IP literal is accepted', async () => {
    expect((await create({ endpoint: 'https://1.1.1.1' })).status).toBe(201);
  });

  it('all rule errors and unknown fields come back together (validateBody)', async () => {
    const r = await create({ endpoint: 'https://s3.example.com', bucket: 'A_b', region: 'r'.repeat(256), is_usable: 'yes', description: 'x [managed by ado-coolify]', foo: 1 });
    expect(r.status).toBe(422);
    expect(r.json.errors).toEqual({
      description: ['The description field format is invalid.'],
      bucket: ['The bucket must be a valid S3 bucket name: 3-63 lowercase letters, numbers, dots, or hyphens; start and end with a letter or number; no consecutive dots, dot-hyphen pairs, or IP address format.'],
      region: ['The region field must not be greater than 255 characters.'],
      is_usable: ['The is usable field must be true or false.'],
      foo: ['This field is not allowed.'],
    });
    const missing = await api(sb, 'POST', '/s3-storages', { name: 'x-y-z' });
    expect(Object.keys(missing.json.errors).sort()).toEqual(['bucket', 'endpoint', 'key', 'region', 'secret']);
    const ok = await create({ endpoint: 'https://s3.example.com', description: 'Backups (managed by ado-coolify)' });
    expect(ok.status).toBe(201);
    const bad = await api(sb, 'PATCH', `/s3-storages/${ok.json.uuid}`, { endpoint: 'http://10.0.0.5', bucket: '1.2.3.4' });
    expect(Object.keys(bad.json.errors).sort()).toEqual(['bucket', 'endpoint']);
  });

  it('the default resolver never touches the network and is documented by example', () => {
    expect(defaultResolveHost('s3.eu-central-1.amazonaws.com')).toEqual(['93.184.215.14']);
    expect(defaultResolveHost('minio')).toEqual([]);
    expect(defaultResolveHost('x.invalid')).toEqual([]);
    expect(defaultResolveHost('localhost')).toEqual(['127.0.0.1', '::1']);
    expect(defaultResolveHost('app.localhost')).toEqual(['127.0.0.1']);
    expect(defaultResolveHost('10-0-0-5.sslip.io')).toEqual(['10.0.0.5']);
  });
});
