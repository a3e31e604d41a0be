/** `previews list` prints times as `status` does (`2d ago`), and its JSON keeps ISO (ux-audit p6). */
import { describe, expect, it } from 'vitest';
import { renderPreviewList, renderPreviewListJson } from '../../../src/day2/previews/render.js';
import type { AppPreviews } from '../../../src/day2/previews/previews-run.js';
import { timeAgo } from '../../../src/render/relative-time.js';
import { addr } from '../../helpers/address.js';

const NOW = Date.parse('2026-12-01T20:00:00.000Z');
const LIST = [
  {
    app: { name: 'web', address: addr('shop/production/application/web') },
    previews: [{ pullRequestId: 7, lastDeployedAt: '2026-12-01T19:58:00.000000Z', lastStatus: 'finished', deployments: 1, url: 'https://pr-7.example.com' }],
  },
] as unknown as AppPreviews[];

describe('previews list times', () => {
  it('are relative in the table', () => {
    const text = renderPreviewList(LIST, NOW);
    expect(text).toContain('#7      finished     2m ago  https://pr-7.example.com');
    expect(text).not.toContain('2026-12-01T19:58');
  });

  it('from the 4.4 API: the preview state column and the footer say so', () => {
    const fromApi = [{ ...LIST[0]!, previews: [{ ...LIST[0]!.previews[0]!, state: 'running:healthy' }], source: 'api' }] as unknown as AppPreviews[];
    const text = renderPreviewList(fromApi, NOW);
    expect(text).toContain('#7      finished     running:healthy  2m ago  https://pr-7.example.com');
    expect(text).toContain("from Coolify's preview list");
    expect(renderPreviewList(LIST, NOW)).toContain('from deployment history');
  });

  it('stay ISO in JSON', () => {
    expect(renderPreviewListJson(LIST)).toContain('"lastDeployedAt": "2026-12-01T19:58:00.000000Z"');
  });

  it.each([
    ['2026-12-01T19:59:30Z', '30s ago'],
    ['2026-12-01T19:00:00Z', '1h ago'], ['2026-12-01T19:15:00Z', '45m ago'],
    ['2026-12-01T17:00:00Z', '3h ago'],
    ['2026-11-27T20:00:00Z', '4d ago'],
    ['not a time', 'not a time'],
    ['2026-12-02T00:00:00Z', '0s ago'],
  ])('timeAgo(%s) is %s', (iso, text) => {
    expect(timeAgo(iso, NOW)).toBe(text);
  });
});
