/**
 * Each renderer that prints live data sanitises it at its own boundary (issue 14 M4, m5): the
 * status table and JSON, the deploy URL list, log lines, the previews list, errors with
 * Coolify's words, apply progress, diagnostics and annotations, the imported manifest.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderStatusJson, renderStatusTable, renderWaitingLine } from '../../src/day2/status/render.js';
import type { StatusRow } from '../../src/day2/status/rows.js';
import { renderDeployUrls } from '../../src/day2/deploy/urls.js';
import { formatLogLine } from '../../src/day2/logs/follow.js';
import { renderPreviewDeployed, renderPreviewList, renderPreviewListJson } from '../../src/day2/previews/render.js';
import { renderError } from '../../src/render/error.js';
import { AdoError } from '../../src/errors.js';
import { errorFromResponse } from '../../src/coolify/api-error.js';
import { eventLines, runningLine } from '../../src/render/apply-progress.js';
import { formatGithub, formatHuman, formatJson } from '../../src/diagnostics/format.js';
import { annotation } from '../../src/github/annotations.js';
import { invalidManifestBody } from '../../src/github/comment-body.js';
import { renderImportReport, renderImportedManifest } from '../../src/import/render.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import type { ManifestApp } from '../../src/manifest/apps.js';

const ESC = '\u001b';
const EVIL = `x${ESC}[2J${ESC}]8;;http://evil${ESC}\\l${ESC}]8;;${ESC}\\\u202e\u2028\u200b\ufeff\u009b\r\nforged row <img src=x> @octocat [x](http://evil)`;
// eslint-disable-next-line no-control-regex
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200d\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/u;

const row: StatusRow = {
  address: 'shop/production/application/web',
  kind: 'application',
  name: `web${EVIL}`,
  project: 'shop',
  environment: 'production',
  uuid: 'u1',
  status: `running:healthy${EVIL}`,
  health: 'Unknown',
  healthy: false,
  domains: [`https://web.example.com${EVIL}`],
  lastDeployment: { status: `finished${EVIL}`, at: new Date(0).toISOString() },
};

const noRaw = (text: string): void => expect(text).not.toMatch(RAW);

describe('live strings in every renderer', () => {
  it('status table: one line per row, nothing raw', () => {
    const out = renderStatusTable([row], 86_400_000);
    noRaw(out);
    expect(out.split('\n').filter((l) => l.includes('forged row'))).toHaveLength(1);
    expect(out).not.toMatch(/^forged row/m);
    noRaw(renderWaitingLine([row], '1s', '10s'));
  });

  it('status JSON: faithful values, nothing raw in the text', () => {
    const text = renderStatusJson([row], 0);
    noRaw(text);
    expect((JSON.parse(text) as { resources: StatusRow[] }).resources[0]).toEqual(row);
  });

  it('deploy URLs, log lines, previews', () => {
    noRaw(renderDeployUrls([{ address: row.address, name: row.name, urls: row.domains }]));
    const line = formatLogLine(`web-1${EVIL}`, `${ESC}[32mok${ESC}[0m ${EVIL}`);
    noRaw(line);
    expect(line).toMatch(/^\[web-1x\\u001b\[2J/);
    expect(line).toContain('ok ');
    const app = { name: 'web', address: `shop/production/application/web${EVIL}` } as unknown as ManifestApp;
    const previews = [{ app, previews: [{ pullRequestId: 5, lastStatus: `finished${EVIL}`, lastDeployedAt: EVIL, deployments: 1, url: `https://pr-5${EVIL}`, state: `running${EVIL}` }], source: 'api' as const }];
    noRaw(renderPreviewList(previews, Date.now()));
    const json = renderPreviewListJson(previews);
    noRaw(json);
    expect((JSON.parse(json) as Array<{ previews: Array<{ lastStatus: string }> }>)[0]!.previews[0]!.lastStatus).toBe(`finished${EVIL}`);
    noRaw(renderPreviewDeployed(5, { app: `web${EVIL}`, pr: 5, deploymentUuid: EVIL, url: EVIL, via: 'api' }));
    noRaw(renderPreviewDeployed(5, { app: 'web', pr: 5, deploymentUuid: 'd', status: EVIL, via: 'deploy' }));
  });

  it("errors: Coolify's message stays on the error's one line; nothing raw", () => {
    const err = errorFromResponse({ method: 'GET', path: '/projects', status: 403, body: { message: EVIL, errors: { [`f${EVIL}`]: [EVIL] } }, redactor: { scrub: (s: string) => s } as never });
    const { text } = renderError(err, { debug: false });
    noRaw(text);
    expect(text.split('\n')[0]).toContain('forged row');
    expect(text).not.toMatch(/^forged row/m);
    noRaw(renderError(new AdoError('ADO_LOCKED', `two lines\n${EVIL}`, { hint: EVIL }), { debug: false }).text);
    noRaw(renderError(new Error(EVIL), { debug: false }).text);
  });

  it('apply progress: step errors, messages, log tails and live status', () => {
    const label = (): string => `deploy web${EVIL}`;
    const ctx = { stamp: '[ 0.1s]', label, mode: 'lines' as const };
    for (const e of [
      { type: 'step-failed', stepId: 's', ms: 1, error: EVIL, logTail: [EVIL, `${ESC}[31mred`] },
      { type: 'step-progress', stepId: 's', message: EVIL, elapsedMs: 1 },
      { type: 'step-log', stepId: 's', level: 'warn', message: EVIL },
      { type: 'step-finished', stepId: 's', ms: 1, detail: EVIL },
      { type: 'step-skipped', stepId: 's', reason: EVIL },
    ]) {
      noRaw(eventLines(e as never, ctx).join('\n'));
    }
    noRaw(runningLine('web', 1, EVIL, 200));
  });

  it('diagnostics (human, JSON, GitHub) and annotations', () => {
    const d: Diagnostic = { code: 'ADO501', severity: 'error', message: `2 live applications match: ${EVIL}`, hint: EVIL, address: 'shop/production/application/web' } as Diagnostic;
    noRaw(formatHuman([d], 'ado.coolify.yaml'));
    noRaw(formatJson([d]));
    expect((JSON.parse(formatJson([d])) as { diagnostics: Diagnostic[] }).diagnostics[0]!.message).toBe(d.message);
    noRaw(formatGithub([d], 'ado.coolify.yaml'));
    noRaw(annotation('error', EVIL, { title: EVIL }));
    const body = invalidManifestBody('<!-- m -->', 'plan', `x${EVIL}.yaml`, [d]);
    noRaw(body);
    const prose = body.replace(/(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, '');
    expect(prose).toContain('@&#8203;octocat');
    expect(prose).not.toContain('@octocat');
    expect(prose).not.toMatch(/(?<!\\)<img/);
  });

  it('import: header names cannot leave the comment; values round-trip with their characters escaped', () => {
    const manifest = { version: 1, projects: { shop: { environments: { production: { applications: { web: { image: 'nginx', description: `d${EVIL}`, domains: [`https://a${EVIL}`] } } } } } } };
    const text = renderImportedManifest(
      { manifest: manifest as never, secrets: [], notes: [{ severity: 'info', where: `w${EVIL}`, message: EVIL }], renames: [{ kind: 'application', where: 'shop/production', from: `rogue${EVIL}`, to: 'rogue' }], counts: { application: 1 } },
      { project: `shop${EVIL}`, environments: ['production'] },
    );
    noRaw(text);
    // every line before `version: 1` is a comment
    const head = text.slice(0, text.indexOf('version: 1'));
    for (const l of head.split('\n').filter((x) => x !== '')) expect(l).toMatch(/^#/);
    expect(parse(text)).toEqual(manifest);
    const report = renderImportReport(
      { manifest: manifest as never, secrets: [], notes: [{ severity: 'todo', where: `w${EVIL}`, message: EVIL }], renames: [{ kind: 'application', where: 'shop/production', from: `rogue${EVIL}`, to: 'rogue' }], counts: { application: 1 } },
      { projectName: 'shop' },
    );
    noRaw(report);
    expect(report.split('\n').filter((l) => l.startsWith('forged row'))).toEqual([]);
  });
});
