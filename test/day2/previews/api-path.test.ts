/** Coolify 4.4's preview API against the 4.3.x path: release check, git provider, list merge. */
import { describe, expect, it } from 'vitest';
import { firstDomain, gitTypeOf, hasPreviewApi, mergeApiPreviews } from '../../../src/day2/previews/api-path.js';
import type { PreviewApiRecord } from '../../../src/coolify/previews-api.js';

const api = (pr: number, extra: Partial<PreviewApiRecord> = {}): PreviewApiRecord => ({
  uuid: `u${pr}`, pull_request_id: pr, pull_request_html_url: null, git_type: 'github', status: 'running:healthy',
  domains: `https://${pr}.example.com`, docker_registry_image_tag: null, created_at: '2026-12-01T00:00:00Z', updated_at: '2026-12-02T00:00:00Z', ...extra,
});

describe('the preview API path', () => {
  it('exists from 4.4.2 only (the release table)', () => {
    expect(['4.3.11', '4.3.23', '4.4.2'].map(hasPreviewApi)).toEqual([false, false, true]);
  });

  it('git_type from the repository host, or none', () => {
    expect(gitTypeOf('https://github.com/acme/web')).toBe('github');
    expect(gitTypeOf('git@gitlab.com:acme/web.git')).toBe('gitlab');
    expect(gitTypeOf('https://bitbucket.org/acme/web')).toBe('bitbucket');
    expect(gitTypeOf('https://git.example.com/acme/web')).toBeUndefined();
    expect(gitTypeOf('acme/web')).toBeUndefined();
    expect(gitTypeOf(undefined)).toBeUndefined();
  });

  it('the first domain of a comma-separated list', () => {
    expect(firstDomain('https://a.example.com, https://b.example.com')).toBe('https://a.example.com');
    expect(firstDomain(null)).toBeUndefined();
    expect(firstDomain('')).toBeUndefined();
  });

  it('merges: API state and URL win; a never-deployed preview is added; a removed one is dropped', () => {
    const history = [
      { pullRequestId: 5, lastDeployedAt: '2026-12-01T10:00:00Z', lastStatus: 'finished', deployments: 2, url: 'https://guess-5.example.com' },
      { pullRequestId: 9, lastDeployedAt: '2026-12-01T11:00:00Z', lastStatus: 'finished', deployments: 1 },
    ];
    const merged = mergeApiPreviews(history, [api(7, { status: 'exited' }), api(5)]);
    expect(merged).toEqual([
      { pullRequestId: 5, lastDeployedAt: '2026-12-01T10:00:00Z', lastStatus: 'finished', deployments: 2, url: 'https://5.example.com', state: 'running:healthy' },
      { pullRequestId: 7, lastDeployedAt: '2026-12-02T00:00:00Z', lastStatus: 'none', deployments: 0, url: 'https://7.example.com', state: 'exited' },
    ]);
  });
});
