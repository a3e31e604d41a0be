/**
 * Tag and scheduled-task records as the real Coolify 4.3.11 answers them: a tag is
 * TagsController::serializeTag (uuid, name, created_at, updated_at; TagsController.php:15-23);
 * a task hides id, team_id, application_id and service_id (ScheduledTasksController.php:16-26)
 * and carries its times.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/sandbox/index.js';
import { api, clockedSandbox, createImageApp, createProject } from './helpers.js';

describe('sandbox tag and scheduled-task records', () => {
  let sb: Sandbox;
  let advance: (ms: number) => void;
  let app: string;
  beforeAll(async () => {
    ({ sb, advance } = await clockedSandbox());
    app = await createImageApp(sb, await createProject(sb, 'tags-tasks'));
  });
  afterAll(async () => sb.close());

  it('answers tags with uuid, name and the times they were made, on the resource and team lists', async () => {
    const added = await api(sb, 'POST', `/applications/${app}/tags`, { tag_names: ['Team-A'] });
    expect(added.json).toEqual([{ uuid: expect.any(String), name: 'team-a', created_at: expect.any(String), updated_at: expect.any(String) }]);
    expect(Date.parse(added.json[0].created_at)).toBeGreaterThan(0);
    expect((await api(sb, 'GET', `/applications/${app}/tags`)).json).toEqual(added.json);
    expect((await api(sb, 'GET', '/tags')).json.find((t: { uuid: string }) => t.uuid === added.json[0].uuid)).toEqual(added.json[0]);
  });

  it('answers scheduled tasks without id, with created_at and updated_at (updated_at moves on PATCH)', async () => {
    const created = await api(sb, 'POST', `/applications/${app}/scheduled-tasks`, { name: 'nightly', command: 'echo hi', frequency: 'daily' });
    expect(created.status).toBe(201);
    expect(Object.keys(created.json).sort()).toEqual(['command', 'container', 'created_at', 'enabled', 'frequency', 'name', 'timeout', 'updated_at', 'uuid']);
    expect(created.json).toMatchObject({ container: null, enabled: true, timeout: 300 });
    advance(5_000);
    const patched = await api(sb, 'PATCH', `/applications/${app}/scheduled-tasks/${created.json.uuid}`, { frequency: 'hourly' });
    expect(patched.json).toMatchObject({ uuid: created.json.uuid, frequency: 'hourly', created_at: created.json.created_at });
    expect(Date.parse(patched.json.updated_at) - Date.parse(created.json.updated_at)).toBe(5_000);
    const listed = (await api(sb, 'GET', `/applications/${app}/scheduled-tasks`)).json;
    expect(listed).toEqual([patched.json]);
  });
});
