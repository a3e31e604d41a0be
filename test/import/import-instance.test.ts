import { describe, expect, it } from 'vitest';
import { importInstance } from '../../src/import/import-instance.js';
import { renderImportedManifest, renderImportReport } from '../../src/import/render.js';
import type { InstanceSnapshot, ProjectSnapshot } from '../../src/import/types.js';
import { OWNERSHIP_DESCRIPTION_MARKER, PROTECT_DESCRIPTION_MARKER } from '../../src/model/resource.js';

const project = (name: string, uuid: string, server = 'main'): ProjectSnapshot => ({
  project: { name, uuid },
  sharedEnv: [],
  environments: [{
    record: { id: 1, name: 'production' },
    sharedEnv: [],
    applications: [{ record: { name: 'web', build_pack: 'dockerimage', docker_registry_image_name: 'nginx', docker_registry_image_tag: '1.27', ports_exposes: '80' }, envs: [], tags: [], storages: [], scheduledTasks: [], server }],
    databases: [],
    services: [],
  }],
  s3Storages: [],
  githubApps: [],
  privateKeys: [],
  servers: ['main', 'edge'],
  canReadSensitive: true,
});

const snapshot = (over: Partial<InstanceSnapshot> = {}): InstanceSnapshot => ({
  projects: [project('shop', 'p1'), project('tools', 'p2', 'edge'), project('tools2', 'p3', 'edge')],
  team: {
    s3Storage: [{ name: 'offsite', endpoint: 'https://s3.example.com', bucket: 'b', region: 'eu', key: 'AKIA-live-key', secret: 'live-secret-value' }],
    privateKey: [{ name: 'CI Deploy', description: `CI ${OWNERSHIP_DESCRIPTION_MARKER} ${PROTECT_DESCRIPTION_MARKER}`, private_key: '-----BEGIN OPENSSH PRIVATE KEY-----\nlivekeybody\n-----END OPENSSH PRIVATE KEY-----\n' }],
    notification: [
      { name: 'discord', uuid: 'discord', id: 1, team_id: 0, discord_enabled: true, discord_webhook_url: 'https://discord.example/api/webhooks/live-hook', deployment_success_discord_notifications: true, deployment_failure_discord_notifications: true },
      { name: 'slack', uuid: 'slack', id: 1, team_id: 0, slack_enabled: false, slack_webhook_url: 'https://hooks.slack.example/unused' },
    ],
    githubApp: [],
    gitlabApp: [],
    server: [],
    cloudToken: [{ name: 'Hetzner Prod', provider: 'hetzner', token: 'live-hcloud-token' }],
    destination: [{ name: 'edge-public', network: 'edge-public', server_uuid: 's2', server: 'edge' }],
    cloudInitScript: [],
  },
  unreadable: [],
  servers: ['main', 'edge'],
  canReadSensitive: true,
  ...over,
});

describe('importInstance', () => {
  it('writes every team-wide section and every project, secrets as placeholders, the busiest server as default', () => {
    const result = importInstance(snapshot());
    const m = result.manifest as unknown as Record<string, Record<string, Record<string, unknown>>>;
    expect(m['defaults']).toEqual({ server: 'edge' });
    expect(Object.keys(m['projects']!)).toEqual(['shop', 'tools', 'tools2']);
    expect(m['s3Storages']!['offsite']).toEqual({ endpoint: 'https://s3.example.com', bucket: 'b', region: 'eu', key: '${secrets.S3_OFFSITE_KEY}', secret: '${secrets.S3_OFFSITE_SECRET}' });
    // renamed to a manifest name, protect kept from the marker, a todo for the rename
    expect(m['privateKeys']!['ci-deploy']).toEqual({ description: 'CI', protect: true, privateKey: '${secrets.PK_CI_DEPLOY_PRIVATE_KEY}' });
    expect(result.notes.map((n) => n.where)).toContain('pk/ci-deploy');
    // only the enabled channel, its webhook a placeholder, the events that differ from Coolify's defaults
    expect(m['notifications']).toEqual({ discord: { enabled: true, webhookUrl: '${secrets.NC_DISCORD_DISCORD_WEBHOOK_URL}', events: { deploymentSuccess: true } } });
    // a cloud token: provider kept, the token a placeholder, no `protect` written (on by default)
    expect(m['cloudTokens']!['hetzner-prod']).toEqual({ provider: 'hetzner', token: '${secrets.CT_HETZNER_PROD_TOKEN}' });
    // a destination: its server by name, its network
    expect(m['destinations']!['edge-public']).toEqual({ server: 'edge', network: 'edge-public' });
    expect(result.secrets.map((s) => s.value)).toEqual(expect.arrayContaining(['AKIA-live-key', 'live-secret-value', 'live-hcloud-token']));
    expect(JSON.stringify(result.manifest)).not.toMatch(/AKIA-live-key|live-secret-value|livekeybody|live-hook|live-hcloud-token/);
    expect(result.counts).toMatchObject({ project: 3, s3Storage: 1, privateKey: 1, application: 3 });
  });

  it('writes the sub-resources read under a team record (a server\'s registry logins) into its entry, the password a placeholder without a value', () => {
    const team = { ...snapshot().team, server: [{ uuid: 's1', name: 'build-1', ip: '203.0.113.20' }, { uuid: 's2', name: 'edge', ip: '203.0.113.21' }] };
    const result = importInstance(snapshot({ team, teamChildren: { s1: { serverRegistry: [{ registry: 'ghcr.io', username: 'acme-ci', logged_in: true }] } } }));
    const servers = (result.manifest as unknown as Record<string, Record<string, Record<string, unknown>>>)['servers']!;
    expect(servers['build-1']).toEqual({ ip: '203.0.113.20', registries: { 'ghcr.io': { username: 'acme-ci', password: '${secrets.SV_BUILD_1_REGISTRY_GHCR_IO}' } } });
    expect(servers['edge']).toEqual({ ip: '203.0.113.21' });
    expect(result.secrets.find((s) => s.name === 'SV_BUILD_1_REGISTRY_GHCR_IO')).toEqual({ name: 'SV_BUILD_1_REGISTRY_GHCR_IO', where: 'sv/build-1 ghcr.io registry password' });
    expect(result.notes.filter((n) => n.where === 'servers')).toEqual([]);
  });

  it('warns when the token could not list the registry logins (read:sensitive): the servers come without them', () => {
    const team = { ...snapshot().team, server: [{ uuid: 's1', name: 'build-1', ip: '203.0.113.20' }] };
    const result = importInstance(snapshot({ team, unreadableChildren: ['serverRegistry'] }));
    expect(result.notes.filter((n) => n.where === 'servers')).toEqual([
      { severity: 'warning', where: 'servers', message: expect.stringMatching(/cannot list the registry logins of the servers .*read:sensitive.*`registries:`/) },
    ]);
  });

  it('leaves out a second project of the same name, and warns of a list the token cannot read', () => {
    const result = importInstance(snapshot({ projects: [project('shop', 'p1'), project('shop', 'p9')], unreadable: ['privateKey'], team: { s3Storage: [], privateKey: [], notification: [], githubApp: [], gitlabApp: [], server: [], cloudToken: [], destination: [], cloudInitScript: [] } }));
    expect(Object.keys(result.manifest.projects)).toEqual(['shop']);
    expect(result.counts['project']).toBe(1);
    expect(result.notes).toEqual(expect.arrayContaining([
      expect.objectContaining({ severity: 'todo', where: 'shop', message: expect.stringContaining('uuid p9') }),
      expect.objectContaining({ severity: 'warning', where: 'privateKeys', message: expect.stringContaining('cannot list') }),
    ]));
    expect(result.manifest).not.toHaveProperty('s3Storages');
  });

  it('says in the header and the report that the whole instance was imported', () => {
    const result = importInstance(snapshot());
    const text = renderImportedManifest(result, { environments: [], coolifyUrl: 'https://coolify.example.com' });
    expect(text).toContain('Imported by `ado-coolify import --instance` from the Coolify instance at https://coolify.example.com:');
    expect(text).toContain('3 projects, 3 environments, 1 S3 storage, 1 private key, 1 notification channel, 1 cloud provider token, 1 destination, 3 applications.');
    expect(renderImportReport(result, { output: 'i.yaml' }).split('\n')[0]).toBe('imported the instance into i.yaml: 3 projects, 3 environments, 1 S3 storage, 1 private key, 1 notification channel, 1 cloud provider token, 1 destination, 3 applications');
  });
});
