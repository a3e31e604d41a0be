import { describe, expect, it } from 'vitest';
import {
  allowedFields,
  endpointFor,
  gatedSince,
  KNOWN_RELEASES,
  OLDEST_SUPPORTED_RELEASE,
  patternFor,
  phpPatternToRegExp,
  releaseDefault,
  resolveRelease,
} from '../../src/releases/index.js';

describe('resolveRelease', () => {
  it('knows 4.3.11, 4.3.23 and 4.4.2, oldest first', () => {
    expect(KNOWN_RELEASES).toEqual(['4.3.11', '4.3.23', '4.4.2']);
    expect(OLDEST_SUPPORTED_RELEASE).toBe('4.3.11');
  });

  it.each([
    ['4.3.11', '4.3.11'],
    ['v4.3.11', '4.3.11'],
    ['4.3.22', '4.3.11'],
    ['4.3.23', '4.3.23'],
    ['4.4.0-rc.1', '4.3.23'],
    ['4.4.1', '4.3.23'],
    ['4.4.2', '4.4.2'],
  ])('maps %s to the %s table', (version, release) => {
    const r = resolveRelease(version);
    expect(r).toMatchObject({ ok: true, release });
    expect(r.ok && r.warning).toBeFalsy();
  });

  it('uses the newest table above 4.4.2, with a warning', () => {
    const r = resolveRelease('4.5.0');
    expect(r).toMatchObject({ ok: true, release: '4.4.2' });
    expect(r.ok && r.warning).toMatch(/4\.5\.0 is newer than 4\.4\.2/);
  });

  it('refuses versions older than 4.3.11, naming the version and the minimum', () => {
    const r = resolveRelease('4.3.10');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/4\.3\.10 is older than 4\.3\.11/);
    expect(resolveRelease('4.0.0-beta.400').ok).toBe(false);
    expect(resolveRelease('nonsense').ok).toBe(false);
  });
});

describe('endpoint queries', () => {
  it('matches requests to the client endpoint names, literal segments first', () => {
    expect(endpointFor('POST', '/api/v1/applications/dockerimage')).toBe('POST /applications/dockerimage');
    expect(endpointFor('PATCH', '/projects/abc/environments/production')).toBe('PATCH /projects/{uuid}/environments/{environment}');
    expect(endpointFor('PATCH', '/applications/abc/envs/bulk')).toBe('PATCH /applications/{uuid}/envs/bulk');
    expect(endpointFor('GET', '/projects')).toBeUndefined();
  });

  it('reads allow-lists per release', () => {
    expect([...(allowedFields('4.3.11', 'POST /projects') ?? [])].sort()).toEqual(['description', 'name']);
    expect(allowedFields('4.3.11', 'PATCH /applications/{uuid}')?.has('custom_container_name_prefix')).toBe(false);
    expect(allowedFields('4.4.2', 'PATCH /applications/{uuid}')?.has('custom_container_name_prefix')).toBe(true);
    expect(allowedFields('4.3.11', 'POST /applications/{uuid}/move')).toBeNull();
  });

  it('names the first release that accepts a gated field', () => {
    expect(gatedSince('4.3.11', 'POST /databases/{uuid}/backups', 'missing_backup_notification_days')).toBe('4.3.23');
    expect(gatedSince('4.3.23', 'POST /databases/{uuid}/backups', 'missing_backup_notification_days')).toBeUndefined();
    expect(gatedSince('4.3.23', 'PATCH /applications/{uuid}', 'custom_container_name_prefix')).toBe('4.4.2');
    // Accepted by no release: not a release question.
    expect(gatedSince('4.3.11', 'POST /projects', 'bogus')).toBeUndefined();
  });

  it('turns Coolify patterns into working RegExps', () => {
    const desc = patternFor('4.3.11', 'POST /projects', 'description');
    expect(desc?.name).toBe('DESCRIPTION_PATTERN');
    expect(desc?.regexp.test("It's \"fine\", really!")).toBe(true);
    expect(desc?.regexp.test('[managed by ado-coolify]')).toBe(false);
    const tag = patternFor('4.3.23', 'POST /applications/dockerimage', 'docker_registry_image_tag');
    expect(tag?.regexp.test('1.2.3')).toBe(true);
    expect(tag?.regexp.test('sha256:abc')).toBe(false);
    expect(phpPatternToRegExp("/\\A[a-z]\\z/").test('a')).toBe(true);
    const shell = patternFor('4.3.11', 'PATCH /applications/{uuid}', 'start_command');
    expect(shell?.regexp.test("npm run start -- --port=3000 && echo 'ok'")).toBe(true);
    expect(shell?.regexp.test('rm -rf / ; echo $HOME')).toBe(false);
  });

  it('records the defaults that changed between releases (max_restart_count 10 → 0)', () => {
    expect(releaseDefault('4.3.11', 'Application', 'max_restart_count')).toBe(10);
    expect(releaseDefault('4.3.23', 'Application', 'max_restart_count')).toBe(0);
    expect(releaseDefault('4.4.2', 'Application', 'max_restart_count')).toBe(0);
    expect(releaseDefault('4.3.11', 'StandalonePostgresql', 'max_restart_count')).toBeUndefined();
    expect(releaseDefault('4.3.23', 'StandalonePostgresql', 'max_restart_count')).toBe(10);
  });
});
