/**
 * The GitHub and GitLab App tables: lowering, Coolify's normalizations, what is managed, who
 * uses an app, the import entry (secrets as placeholders, the key by name), and the id key.
 */
import { describe, expect, it } from 'vitest';
import { GITHUB_APP_SPEC, gitAppOwned, gitAppUsedBy, githubAppOwned, githubOrganization, lowerGithubApp } from '../../src/kinds/github-app.js';
import { OWNERSHIP_DESCRIPTION_MARKER } from '../../src/model/resource.js';
import { GITLAB_APP_SPEC, lowerGitlabApp, trimmedUrl } from '../../src/kinds/gitlab-app.js';
import { teamRecordKey } from '../../src/kinds/spec.js';
import { updateEndpoint } from '../../src/kinds/payload.js';
import type { LiveResource } from '../../src/model/resource.js';

const secret = (field: string) => `<${field}>`;

describe('GitHub and GitLab App tables', () => {
  it('lowers a GitHub App: declared fields only, the key as a name to resolve', () => {
    const r = lowerGithubApp('acme', { htmlUrl: 'https://github.com', appId: 1, installationId: 2, clientId: 'c', clientSecret: 's', webhookSecret: 'w', privateKey: 'k', protect: true });
    expect(r.address).toBe('gh/acme');
    expect(r.fields).toEqual({ name: 'acme', html_url: 'https://github.com', app_id: 1, installation_id: 2, client_id: 'c', client_secret: 's', webhook_secret: 'w', private_key_uuid: 'k' });
    expect(r.protect).toBe(true);
    expect(GITHUB_APP_SPEC.fields.find((f) => f.path === 'private_key_uuid')).toMatchObject({ compare: 'writeOnly', resolve: 'privateKey', patchable: false });
  });

  it('lowers a GitLab App and trims URLs as GitlabController does', () => {
    const r = lowerGitlabApp('lab', { htmlUrl: 'https://gitlab.example.com/', groupName: 'g' });
    expect(r.address).toBe('gl/lab');
    expect(r.fields).toEqual({ name: 'lab', html_url: 'https://gitlab.example.com/', group_name: 'g' });
    expect(trimmedUrl('https://gitlab.example.com//')).toBe('https://gitlab.example.com');
    expect(trimmedUrl('')).toBeNull();
  });

  it('normalizes the organization as normalizeGithubOrganization', () => {
    expect(githubOrganization(' /acme/ ')).toBe('acme');
    expect(githubOrganization('  ')).toBeNull();
    expect(githubOrganization(null)).toBeNull();
  });

  it('manages a GitHub App through its key\'s ownership marker, a GitLab App when it is not public', () => {
    const keys = { privateKey: [{ id: 5, description: `x ${OWNERSHIP_DESCRIPTION_MARKER}` }, { id: 6, description: 'made by hand' }] };
    expect(githubAppOwned({ is_public: false, private_key_id: 5 }, keys)).toBe(true);
    expect(githubAppOwned({ is_public: false, private_key_id: 6 }, keys)).toBe(false);
    expect(githubAppOwned({ is_public: false, private_key_id: null }, keys)).toBe(false);
    expect(githubAppOwned({ is_public: true, private_key_id: 5 }, keys)).toBe(false);
    expect(githubAppOwned({ is_public: false, private_key_id: 5 }, {})).toBe(false);
    expect(GITHUB_APP_SPEC.team).toMatchObject({ owned: githubAppOwned, alsoLists: ['privateKey'] });
    expect(gitAppOwned({ is_public: true })).toBe(false);
    expect(gitAppOwned({ is_public: false })).toBe(true);
    expect(GITLAB_APP_SPEC.team?.owned).toBe(gitAppOwned);
  });

  it('imports no public source', () => {
    expect(GITHUB_APP_SPEC.team!.importEntry!({ name: 'Public GitHub', is_public: true }, secret, {})).toBeUndefined();
    expect(GITLAB_APP_SPEC.team!.importEntry!({ name: 'Public GitLab', is_public: true }, secret, {})).toBeUndefined();
  });

  it('knows the applications that clone through an app', () => {
    const app = (fields: Record<string, unknown>): LiveResource => ({ kind: 'application', uuid: 'a', name: 'web', owned: true, fields });
    const used = gitAppUsedBy('App\\Models\\GithubApp');
    expect(used({ id: 7 }, app({ source_type: 'App\\Models\\GithubApp', source_id: 7 }))).toBe(true);
    expect(used({ id: 7 }, app({ source_type: 'App\\Models\\GithubApp', source_id: 8 }))).toBe(false);
    expect(used({ id: 7 }, app({ source_type: 'App\\Models\\GitlabApp', source_id: 7 }))).toBe(false);
    expect(used({ id: 7 }, { ...app({ source_type: 'App\\Models\\GithubApp', source_id: 7 }), kind: 'service' })).toBe(false);
  });

  it('keys an app by its integer id: live key and PATCH path', () => {
    expect(teamRecordKey(GITHUB_APP_SPEC.team!, { id: 12, uuid: 'u' })).toBe('12');
    expect(teamRecordKey({}, { id: 12, uuid: 'u' })).toBe('u');
    expect(updateEndpoint({ kind: 'githubApp', address: 'gh/a' as never }, '12', {})).toEqual({ method: 'PATCH', template: '/github-apps/{github_app_id}', params: { github_app_id: '12' } });
    expect(updateEndpoint({ kind: 'gitlabApp', address: 'gl/a' as never }, '3', {})).toEqual({ method: 'PATCH', template: '/gitlab-apps/{gitlab_app_id}', params: { gitlab_app_id: '3' } });
  });

  it('imports a GitHub App: defaults left out, secrets as placeholders, the key by name', () => {
    const entry = GITHUB_APP_SPEC.team!.importEntry!(
      { name: 'acme', html_url: 'https://github.com', api_url: 'https://api.github.com', custom_user: 'git', custom_port: 22, app_id: 1, installation_id: 2, client_id: 'c', client_secret: 'live', webhook_secret: null, private_key_id: 5, is_system_wide: false },
      secret,
      { privateKey: [{ id: 5, name: 'gh-key' }] },
    );
    expect(entry).toEqual({ privateKey: 'gh-key', htmlUrl: 'https://github.com', apiUrl: 'https://api.github.com', clientId: 'c', appId: 1, installationId: 2, clientSecret: '<client_secret>' });
  });

  it('imports a GitLab App: a hidden secret still gets a placeholder', () => {
    const entry = GITLAB_APP_SPEC.team!.importEntry!({ name: 'lab', html_url: 'https://gitlab.com', api_url: 'https://gitlab.com/api/v4', custom_port: 2222, group_name: 'g' }, secret, {});
    expect(entry).toEqual({ htmlUrl: 'https://gitlab.com', apiUrl: 'https://gitlab.com/api/v4', groupName: 'g', customPort: 2222, clientSecret: '<client_secret>', webhookToken: '<webhook_token>' });
  });
});
