/**
 * GitHub and GitLab Apps against the real Coolify 4.3.11 (issue 16). The offline kit cannot
 * look host names up, and SafeExternalUrl (app/Rules/SafeWebhookUrl.php) resolves `github.com`:
 * the apps here use a public IP literal, which needs no lookup. A GitHub App takes a key of the
 * run from `privateKeys:` (created first), which makes it managed. The seeded non-public apps
 * are declared as they are (a `gitlabApps:` section governs every non-public GitLab App of the
 * team), so `--prune` deletes only the run's.
 * Created, re-planned clean, PATCHed by integer id, deleted with `--prune`; no secret printed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeyPairSync } from 'node:crypto';
import { leakedSecrets, realApi, realCli, realCoolify, tempDir, uniqueName, writeManifest, type RealApi } from './harness.js';

const real = realCoolify();
const HTML = 'https://140.82.112.3';

describe.skipIf(real.skip !== undefined)(`real Coolify: Git Apps${real.skip !== undefined ? ` (${real.skip})` : ''}`, () => {
  let api: RealApi;
  let dir: string;
  const gh = uniqueName('gh');
  const gl = uniqueName('gl');
  const keyName = uniqueName('ghkey');
  const key = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  const secrets = { GH_KEY: key, GH_CLIENT: 'CANARY-real-gh-client-7c1d', GH_WEBHOOK: 'CANARY-real-gh-webhook-2b9e', GL_CLIENT: 'CANARY-real-gl-client-5a3f' };
  /** The seeded non-public apps of each kind, declared as they are. */
  let seeded: { github: Record<string, unknown>; gitlab: Record<string, unknown> };
  const list = async (path: string) => api.get<Array<Record<string, unknown>>>(path);
  const manifest = (o: { org?: string; group?: string; drop?: boolean }) => ({
    version: 1,
    privateKeys: { [keyName]: { privateKey: '${secrets.GH_KEY}' } },
    githubApps: {
      ...seeded.github,
      ...(o.drop === true ? {} : {
        [gh]: {
          htmlUrl: HTML, organization: o.org ?? 'acme', appId: 4242, installationId: 5151, clientId: 'Iv1.real',
          clientSecret: '${secrets.GH_CLIENT}', webhookSecret: '${secrets.GH_WEBHOOK}', privateKey: keyName,
        },
      }),
    },
    gitlabApps: { ...seeded.gitlab, ...(o.drop === true ? {} : { [gl]: { htmlUrl: `${HTML}/`, groupName: o.group ?? 'platform', clientId: 'gl-real', clientSecret: '${secrets.GL_CLIENT}' } }) },
    projects: {},
  });
  const cli = (args: string[]) => realCli({ url: real.url!, token: real.token! }, args, dir, secrets);
  const noLeak = (...texts: string[]) => expect(leakedSecrets({ ...secrets, GH_KEY: key.split('\n')[1]! }, ...texts)).toEqual([]);

  beforeAll(async () => {
    api = realApi(real.url!, real.token!);
    dir = tempDir('ado-coolify-real-git-apps-');
    const asIs = (r: Record<string, unknown>) => [String(r.name), { htmlUrl: String(r.html_url) }] as const;
    // The kit's seeders insert GitLab apps with explicit ids and leave PostgreSQL's sequence
    // behind: the first create after a fresh seed collides (Coolify answers 200 "Duplicate entry
    // found. Please use a different name."). One throwaway create moves the sequence on.
    const warm = await api.request('POST', '/gitlab-apps', { name: uniqueName('glwarm'), html_url: HTML });
    const made = (warm.body as { id?: unknown } | undefined)?.id;
    if (made !== undefined) await api.request('DELETE', `/gitlab-apps/${String(made)}`);
    seeded = {
      github: Object.fromEntries((await list('/github-apps')).filter((r) => r.is_public !== true).map(asIs)),
      gitlab: Object.fromEntries((await list('/gitlab-apps')).filter((r) => r.is_public !== true).map(asIs)),
    };
  });
  afterAll(async () => {
    for (const r of (await list('/github-apps')).filter((x) => x.name === gh)) await api.request('DELETE', `/github-apps/${String(r.id)}`);
    for (const r of (await list('/gitlab-apps')).filter((x) => x.name === gl)) await api.request('DELETE', `/gitlab-apps/${String(r.id)}`);
    for (const k of (await list('/security/keys')).filter((x) => x.name === keyName)) await api.request('DELETE', `/security/keys/${String(k.uuid)}`);
  });

  it('creates the key, the GitHub App and the GitLab App as Coolify stores them; the next plan is clean', async () => {
    writeManifest(dir, manifest({}));
    const applied = await cli(['apply', '--auto-approve', '--no-wait']);
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    noLeak(applied.stdout, applied.stderr);
    const app = (await list('/github-apps')).find((r) => r.name === gh);
    const keyRecord = (await list('/security/keys')).find((k) => k.name === keyName);
    // api_url derived from an html_url that is not github.com (bootstrap/helpers/github.php:122)
    expect(app).toMatchObject({ organization: 'acme', api_url: `${HTML}/api/v3`, custom_port: 22, app_id: 4242, private_key_id: keyRecord!.id });
    const lab = (await list('/gitlab-apps')).find((r) => r.name === gl);
    expect(lab).toMatchObject({ html_url: HTML, api_url: `${HTML}/api/v4`, group_name: 'platform' });
    const plan = await cli(['plan', '--detailed-exitcode']);
    expect(plan.status, plan.stdout + plan.stderr).toBe(0);
    noLeak(plan.stdout, plan.stderr);
  });

  it('a change is PATCHed by id and converges', async () => {
    writeManifest(dir, manifest({ org: 'acme-labs', group: 'infra' }));
    const applied = await cli(['apply', '--auto-approve', '--no-wait']);
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    expect((await list('/github-apps')).find((r) => r.name === gh)?.organization).toBe('acme-labs');
    expect((await list('/gitlab-apps')).find((r) => r.name === gl)?.group_name).toBe('infra');
    const plan = await cli(['plan', '--detailed-exitcode']);
    expect(plan.status, plan.stdout + plan.stderr).toBe(0);
  });

  it('dropped apps are kept without --prune and deleted with it; the seeded ones stay', async () => {
    writeManifest(dir, manifest({ drop: true }));
    const kept = await cli(['plan']);
    expect(kept.status, kept.stdout + kept.stderr).toBe(0);
    expect(kept.stdout).toContain(`gh/${gh}`);
    expect(kept.stdout).toContain('kept without --prune');
    const pruned = await cli(['apply', '--auto-approve', '--no-wait', '--prune']);
    expect(pruned.status, pruned.stdout + pruned.stderr).toBe(0);
    noLeak(pruned.stdout, pruned.stderr);
    expect((await list('/github-apps')).some((r) => r.name === gh)).toBe(false);
    expect((await list('/gitlab-apps')).some((r) => r.name === gl)).toBe(false);
    for (const name of Object.keys(seeded.github)) expect((await list('/github-apps')).some((r) => r.name === name), name).toBe(true);
  });
});
