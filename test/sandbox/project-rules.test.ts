import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { INSTANT, api, createProject } from './helpers.js';

// Every expectation in this file was checked against Coolify 4.3.11 (the real API, same
// requests, same answers).
const NAME_REGEX = 'The name may only contain letters (including Unicode), numbers, spaces, and these characters: - _ . / @ & ( ) # , : +';
const DESCRIPTION_REGEX =
  "The description may only contain letters (including Unicode), numbers, spaces, and common punctuation: - _ . , ! ? ( ) ' \" + = * / @ &";

describe('sandbox projects follow ProjectController rule by rule', () => {
  let sb: Sandbox;
  beforeAll(async () => {
    sb = await startSandbox({ timings: INSTANT });
  });
  afterAll(async () => sb.close());

  // ProjectController.php:250 descriptionRules() on create (ValidationPatterns.php:18 has no [ ] ; : #).
  it.each(['x [managed by ado-coolify]', 'Pre-production; smaller', 'a:b', 'issue #1'])('POST /projects rejects description %j (422)', async (description) => {
    const r = await api(sb, 'POST', '/projects', { name: 'rules-desc', description });
    expect(r.status).toBe(422);
    expect(r.json).toEqual({ message: 'Validation failed.', errors: { description: [DESCRIPTION_REGEX] } });
  });

  it('POST /projects accepts the ownership marker and stores an omitted description as ""', async () => {
    const ok = await api(sb, 'POST', '/projects', { name: 'rules-ok', description: 'ADO, the orchestrator (managed by ado-coolify) (protect)' });
    expect(ok.status).toBe(201);
    const got = await api(sb, 'GET', `/projects/${ok.json.uuid}`);
    expect(got.json.description).toBe('ADO, the orchestrator (managed by ado-coolify) (protect)');
    const bare = await api(sb, 'POST', '/projects', { name: 'rules-bare' });
    expect((await api(sb, 'GET', `/projects/${bare.json.uuid}`)).json.description).toBe('');
  });

  // ProjectController.php:250 nameRules() + descriptionRules(): every failing rule, one body.
  it('POST /projects reports every failing rule of name and description together', async () => {
    const r = await api(sb, 'POST', '/projects', { name: 'x;', description: `${'a'.repeat(256)};` });
    expect(r.status).toBe(422);
    expect(r.json.errors).toEqual({
      name: ['The name must be at least 3 characters.', NAME_REGEX],
      description: ['The description may not be greater than 255 characters.', DESCRIPTION_REGEX],
    });
    expect((await api(sb, 'POST', '/projects', { description: 'x' })).json.errors).toEqual({ name: ['The name field is required.'] });
    expect((await api(sb, 'POST', '/projects', { name: 'h1' })).json.errors).toEqual({ name: ['The name must be at least 3 characters.'] });
  });

  // ProjectController.php:369 descriptionRules() on update; names are not lower-cased for projects.
  it('PATCH /projects/{uuid} checks the description and keeps the name case', async () => {
    const p = await createProject(sb, 'rules-patch');
    const bad = await api(sb, 'PATCH', `/projects/${p}`, { description: 'a;b' });
    expect(bad.status).toBe(422);
    expect(bad.json.errors).toEqual({ description: [DESCRIPTION_REGEX] });
    const ok = await api(sb, 'PATCH', `/projects/${p}`, { name: 'Rules-Patch' });
    expect(ok.json).toMatchObject({ name: 'Rules-Patch' });
  });

  // Environment.php:143-146 customizeName; ProjectController.php:666-669 raw-name pre-check;
  // unique index (name, project_id) → 500.
  it('POST environments stores names lower-case; the raw-name pre-check misses and the unique index answers 500', async () => {
    const p = await createProject(sb, 'rules-env');
    expect((await api(sb, 'POST', `/projects/${p}/environments`, { name: 'Staging' })).status).toBe(201);
    const again = await api(sb, 'POST', `/projects/${p}/environments`, { name: 'Staging' });
    expect(again.status).toBe(500);
    expect(again.json).toEqual({ message: 'Server Error' });
    const lower = await api(sb, 'POST', `/projects/${p}/environments`, { name: 'staging' });
    expect(lower.status).toBe(409);
    expect(lower.json).toEqual({ message: 'Environment with this name already exists.' });
    expect((await api(sb, 'POST', `/projects/${p}/environments`, { name: 'Feat/X' })).status).toBe(201);
    expect((await api(sb, 'POST', `/projects/${p}/environments`, { name: '  Spaced  ' })).status).toBe(201);
    const names = (await api(sb, 'GET', `/projects/${p}/environments`)).json.map((e: { name: string }) => e.name);
    expect(names).toEqual(['production', 'staging', 'feat-x', 'spaced']);
    // Lookups by name are case-sensitive: `Spaced` is not found.
    expect((await api(sb, 'PATCH', `/projects/${p}/environments/Spaced`, { description: 'x' })).status).toBe(404);
  });

  // ProjectController.php:641 nameRules() on environment create; description is not allowed there.
  it('POST environments: nameRules messages', async () => {
    const p = await createProject(sb, 'rules-env-name');
    const r = await api(sb, 'POST', `/projects/${p}/environments`, { name: 'a;' });
    expect(r.status).toBe(422);
    expect(r.json.errors).toEqual({ name: ['The name must be at least 3 characters.', NAME_REGEX] });
  });

  // ProjectController.php:769 descriptionRules() on environment update; :805-815 rename.
  it('PATCH environments checks the description, lower-cases a rename, and 500s on a clash of the stored name', async () => {
    const p = await createProject(sb, 'rules-env-patch');
    await api(sb, 'POST', `/projects/${p}/environments`, { name: 'staging' });
    await api(sb, 'POST', `/projects/${p}/environments`, { name: 'feat-x' });
    const bad = await api(sb, 'PATCH', `/projects/${p}/environments/staging`, { description: 'a:b' });
    expect(bad.status).toBe(422);
    expect(bad.json.errors).toEqual({ description: [DESCRIPTION_REGEX] });
    const clash = await api(sb, 'PATCH', `/projects/${p}/environments/staging`, { name: 'Feat-X' });
    expect(clash.status).toBe(500);
    expect(clash.json).toEqual({ message: 'Server Error' });
    const renamed = await api(sb, 'PATCH', `/projects/${p}/environments/staging`, { name: 'Renamed/One', description: 'ok (managed by ado-coolify)' });
    expect(renamed.status).toBe(200);
    expect(renamed.json).toMatchObject({ name: 'renamed-one', description: 'ok (managed by ado-coolify)' });
    const cleared = await api(sb, 'PATCH', `/projects/${p}/environments/feat-x`, { description: null });
    expect(cleared.json).toMatchObject({ name: 'feat-x', description: '' });
  });
});
