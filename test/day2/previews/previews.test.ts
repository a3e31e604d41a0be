import { describe, expect, it } from 'vitest';
import { previewUrl } from '../../../src/day2/previews/url.js';
import { groupPreviews } from '../../../src/day2/previews/history.js';
import { selectExpired } from '../../../src/day2/previews/prune.js';
import type { DeploymentRecord } from '../../../src/coolify/types.js';

const DAY = 86_400_000;
const NOW = Date.parse('2025-02-10T00:00:00Z');
const dep = (pr: number, daysAgo: number, status = 'finished'): DeploymentRecord => ({ deployment_uuid: `d${pr}-${daysAgo}`, pull_request_id: pr, status, created_at: new Date(NOW - daysAgo * DAY).toISOString() });

describe('previews (pure)', () => {
  it.each<[string | null, string | null, string | undefined]>([
    ['pr-{{pr_id}}.preview.example.com', 'https://app.example.com', 'https://pr-7.preview.example.com'],
    ['{{pr_id}}.{{domain}}', 'https://app.example.com,https://www.example.com', 'https://7.app.example.com'],
    [null, 'http://app.example.com:8080', 'http://7.app.example.com:8080'],
    ['{{random}}.example.com', 'https://app.example.com', undefined],
    ['pr-{{pr_id}}.example.com', null, undefined],
  ])('url of template %s on %s', (template, fqdn, want) => {
    expect(previewUrl(template, fqdn, 7)).toBe(want);
  });

  it('groups deployment history by PR with the last deployment', () => {
    const got = groupPreviews([dep(0, 1), dep(5, 9), dep(5, 8, 'failed'), dep(12, 2), dep(12, 3)]);
    expect(got).toEqual([
      { pullRequestId: 5, lastDeployedAt: new Date(NOW - 8 * DAY).toISOString(), lastStatus: 'failed', deployments: 2 },
      { pullRequestId: 12, lastDeployedAt: new Date(NOW - 2 * DAY).toISOString(), lastStatus: 'finished', deployments: 2 },
    ]);
  });

  it('selects previews older than the TTL, never one being deployed', () => {
    const previews = groupPreviews([dep(1, 10), dep(2, 3), dep(3, 30, 'in_progress'), dep(4, 7.5)]);
    expect(selectExpired(previews, 7 * DAY, NOW).map((p) => p.pullRequestId)).toEqual([1, 4]);
  });
});
