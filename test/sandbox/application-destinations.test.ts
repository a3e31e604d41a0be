/**
 * The sandbox's `/applications/{uuid}/destinations` routes against Coolify 4.3.11's
 * ApplicationsController.php (`destinations` :5668, `add_destination` :5736,
 * `remove_destination` :5823; lines cited per case). No conformance case can attach one: the
 * test's real Coolify has one server, and Coolify attaches only a destination of another server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { INSTANT, api } from './helpers.js';

describe('sandbox application destinations (ApplicationsController.php)', () => {
  let sb: Sandbox;
  let app = '';
  const dest = (name: string): string => sb.store.world.destinations.find((d) => d.name === name)!.uuid;
  beforeAll(async () => {
    sb = await startSandbox({ timings: INSTANT });
    const project = (await api(sb, 'POST', '/projects', { name: 'nets' })).json.uuid as string;
    const main = sb.store.world.servers.find((s) => s.name === 'main')!.uuid;
    const made = await api(sb, 'POST', '/applications/dockerimage', { project_uuid: project, environment_name: 'production', server_uuid: main, docker_registry_image_name: 'nginx', ports_exposes: '80' });
    expect(made.status, JSON.stringify(made.json)).toBe(201);
    app = made.json.uuid as string;
  });
  afterAll(async () => sb.close());

  it('lists the primary first (is_primary), then the extra ones (:5682-5706)', async () => {
    const list = (await api(sb, 'GET', `/applications/${app}/destinations`)).json as unknown as Array<Record<string, unknown>>;
    expect(list).toEqual([expect.objectContaining({ name: 'default', network: 'coolify', is_primary: true })]);
  });

  it('checks the body before the application (:5748-5762), then refuses what Coolify refuses (:5771-5790)', async () => {
    expect((await api(sb, 'POST', '/applications/nope/destinations', { destination: 'x' })).json).toMatchObject({ message: 'Validation failed.', errors: { destination_uuid: ['The destination uuid field is required.'], destination: ['This field is not allowed.'] } });
    expect(await api(sb, 'POST', '/applications/nope/destinations', { destination_uuid: 'x' })).toMatchObject({ status: 404, json: { message: 'Application not found.' } });
    expect(await api(sb, 'POST', `/applications/${app}/destinations`, { destination_uuid: 'nope' })).toMatchObject({ status: 404, json: { message: 'Destination not found.' } });
    expect(await api(sb, 'POST', `/applications/${app}/destinations`, { destination_uuid: dest('default') })).toMatchObject({ status: 422, json: { message: 'Destination is already the primary destination.' } });
  });

  it('attaches one per other server (:5792-5803), and detaches it (:5853-5863); the list counts them', async () => {
    expect(await api(sb, 'POST', `/applications/${app}/destinations`, { destination_uuid: dest('edge-public') })).toMatchObject({ status: 201, json: { message: 'Destination attached.', uuid: dest('edge-public') } });
    expect(await api(sb, 'POST', `/applications/${app}/destinations`, { destination_uuid: dest('edge-public') })).toMatchObject({ status: 422, json: { message: 'Destination is already attached.' } });
    expect(await api(sb, 'POST', `/applications/${app}/destinations`, { destination_uuid: dest('edge-internal') })).toMatchObject({ status: 422, json: { message: 'A destination on this server is already attached.' } });
    const list = (await api(sb, 'GET', `/applications/${app}/destinations`)).json as unknown as Array<Record<string, unknown>>;
    expect(list.map((d) => [d.name, d.is_primary])).toEqual([['default', true], ['edge-public', false]]);
    // withCount additional_networks (Application.php:273-278)
    const listed = ((await api(sb, 'GET', '/applications')).json as unknown as Array<Record<string, unknown>>).find((a) => a.uuid === app)!;
    expect(listed.additional_networks_count).toBe(1);
    expect(await api(sb, 'DELETE', `/applications/${app}/destinations/${dest('default')}`)).toMatchObject({ status: 422, json: { message: 'Cannot remove the primary destination.' } });
    expect(await api(sb, 'DELETE', `/applications/${app}/destinations/${dest('edge-internal')}`)).toMatchObject({ status: 404, json: { message: 'Destination not found.' } });
    expect(await api(sb, 'DELETE', `/applications/${app}/destinations/${dest('edge-public')}`)).toMatchObject({ status: 200, json: { message: 'Destination detached.' } });
    expect(((await api(sb, 'GET', `/applications/${app}/destinations`)).json as unknown as unknown[]).length).toBe(1);
  });
});
