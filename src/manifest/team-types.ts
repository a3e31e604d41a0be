/**
 * The manifest types of the team-wide sections (`s3Storages`, `privateKeys`, `notifications`,
 * `githubApps`, `gitlabApps`, `servers`, `cloudTokens`, `cloudInitScripts`, `secretManagers`,
 * `destinations`). Re-exported by ./types.ts, which holds the document root.
 */

/** An S3-compatible storage target for database backups. */
export interface S3StorageSpec {
  description?: string;
  endpoint: string;
  bucket: string;
  region: string;
  /** Access key; should be `${secrets.X}`. */
  key: string;
  /** Secret key; should be `${secrets.X}`. */
  secret: string;
  protect?: boolean;
}

/** A team-level private SSH key (Coolify `PrivateKey`). */
export interface PrivateKeySpec {
  description?: string;
  /** The key (PEM or OpenSSH text); always `${secrets.X}`. */
  privateKey: string;
  protect?: boolean;
}

/** The `notifications:` section: one entry per channel Coolify keeps for the team. */
export interface NotificationsSpec {
  email?: EmailChannelSpec;
  discord?: NotificationChannelSpec & { webhookUrl?: string; pingEnabled?: boolean };
  slack?: NotificationChannelSpec & { webhookUrl?: string };
  /** `threadIds`: the thread (topic) id of each event, by the event's key. */
  telegram?: NotificationChannelSpec & { token?: string; chatId?: string; threadIds?: Record<string, string | number> };
  pushover?: NotificationChannelSpec & { userKey?: string; apiToken?: string };
  webhook?: NotificationChannelSpec & { url?: string };
}

/**
 * What every notification channel has: its switch and its event toggles (manifest keys of
 * src/kinds/notification-channels.ts NOTIFICATION_EVENTS).
 */
export interface NotificationChannelSpec {
  enabled?: boolean;
  events?: Record<string, boolean>;
}

/** The email channel (Coolify `EmailNotificationSettings`). */
export interface EmailChannelSpec extends NotificationChannelSpec {
  useInstanceSettings?: boolean;
  fromAddress?: string;
  fromName?: string;
  recipients?: string[];
  smtp?: { host?: string; port?: number; encryption?: 'starttls' | 'tls' | 'none'; username?: string; password?: string; timeout?: number; ehloDomain?: string };
  resend?: { enabled?: boolean; apiKey?: string };
}

/** A team-level GitHub App (Coolify `GithubApp`); secrets always `${secrets.X}`. */
export interface GithubAppSpec {
  /** GitHub's web URL (`https://github.com` or an Enterprise host). */
  htmlUrl: string;
  /** GitHub's API URL; Coolify derives it from `htmlUrl` when absent. */
  apiUrl?: string;
  organization?: string;
  customUser?: string;
  customPort?: number;
  /** Required by Coolify to create an app, like the client id, both secrets and the key. */
  appId?: number;
  installationId?: number;
  clientId?: string;
  /** Always `${secrets.X}`. */
  clientSecret?: string;
  /** Always `${secrets.X}`. */
  webhookSecret?: string;
  /** A `privateKeys:` entry, or an existing Coolify key, by name (or uuid). */
  privateKey?: string;
  systemWide?: boolean;
  protect?: boolean;
}

/** A team-level GitLab App (Coolify `GitlabApp`, an OAuth source); secrets always `${secrets.X}`. */
export interface GitlabAppSpec {
  /** GitLab's web URL (`https://gitlab.com` or a self-hosted GitLab). */
  htmlUrl: string;
  /** GitLab's API URL; Coolify uses `htmlUrl` + `/api/v4` when absent. */
  apiUrl?: string;
  customUser?: string;
  customPort?: number;
  groupName?: string;
  clientId?: string;
  /** Always `${secrets.X}`. */
  clientSecret?: string;
  /** Always `${secrets.X}`; Coolify generates one when absent. */
  webhookToken?: string;
  redirectUri?: string;
  systemWide?: boolean;
  protect?: boolean;
}

/** One Docker registry login of a server (ServerDockerRegistriesController, Coolify 4.4): the password always `${secrets.X}`. */
export interface ServerRegistrySpec {
  username: string;
  /** Password or access token; write-only (Coolify never shows it). */
  password: string;
}

/** A server of the team (Coolify `Server` and its `server_settings`). */
export interface ServerSpec {
  description?: string;
  /** Address Coolify connects to over SSH. */
  ip?: string;
  port?: number;
  user?: string;
  /** The private key by name: an entry of `privateKeys:` or a key of the team. */
  privateKey: string;
  proxy?: 'traefik' | 'caddy' | 'none';
  /** Same as `role: build` (true) or `role: both` (false). */
  buildServer?: boolean;
  /** The server's role (Coolify 4.4 `server_role`): builds only, deploys only, or both (the default). */
  role?: 'deployment' | 'build' | 'both';
  concurrentBuilds?: number;
  deploymentQueueLimit?: number;
  /** Docker cleanup settings (ServerDockerCleanupController). */
  dockerCleanup?: ServerDockerCleanupSpec;
  /** Log drains (ServerLogDrainsController); keys always `${secrets.X}`. */
  logDrains?: ServerLogDrainsSpec;
  /** Sentinel, the metrics agent (ServerSentinelController); the token always `${secrets.X}`. */
  sentinel?: ServerSentinelSpec;
  /** Docker registry logins on the server (Coolify 4.4), keyed by registry host. */
  registries?: Record<string, ServerRegistrySpec>;
  /** Buy the machine at a cloud provider when the server is created (src/kinds/server-provision.ts). */
  provision?: ServerProvisionSpec;
  protect?: boolean;
}

/** A team-level cloud-init script (Coolify `CloudInitScript`). */
export interface CloudInitScriptSpec {
  /** A bash script (`#!…`) or cloud-config YAML; may reference `${secrets.X}`. */
  script: string;
  /** Default false. */
  protect?: boolean;
}

/**
 * How a cloud-provisioned server is bought (POST /servers/{provider}); used at create time only.
 * The keys each provider takes are checked by the schema.
 */
export interface ServerProvisionSpec {
  provider: 'hetzner' | 'digitalocean' | 'vultr';
  /** The cloud provider token by name: an entry of `cloudTokens:` or a token of the team. */
  token: string;
  /** Hetzner `location`. */
  location?: string;
  /** DigitalOcean and Vultr `region`. */
  region?: string;
  /** Hetzner `server_type`. */
  serverType?: string;
  /** DigitalOcean `size`. */
  size?: string;
  /** Vultr `plan`. */
  plan?: string;
  /** Hetzner image id, DigitalOcean image slug or id. */
  image?: string | number;
  /** Vultr `os_id`. */
  osId?: number;
  ipv4?: boolean;
  ipv6?: boolean;
  /** Hetzner `enable_backups`. */
  backups?: boolean;
  /** DigitalOcean `monitoring`. */
  monitoring?: boolean;
  /** Extra provider SSH keys (ids; Vultr's are strings). */
  sshKeyIds?: Array<number | string>;
  /** Hetzner firewalls. */
  firewallIds?: number[];
  /** Hetzner networks. */
  networkIds?: number[];
  /** A `cloudInitScripts:` entry by name. */
  cloudInitScript?: string;
  /** Coolify `instant_validate`: validate the server as soon as it is bought. */
  validate?: boolean;
}

/** A server's Sentinel settings. */
export interface ServerSentinelSpec {
  enabled?: boolean;
  metrics?: boolean;
  debug?: boolean;
  token?: string;
  metricsRefreshRateSeconds?: number;
  metricsHistoryDays?: number;
  pushIntervalSeconds?: number;
  customUrl?: string;
}

/** A server's log drains: each one listed is on unless `enabled: false`. */
export interface ServerLogDrainsSpec {
  newRelic?: { enabled?: boolean; licenseKey: string; baseUri: string };
  axiom?: { enabled?: boolean; dataset: string; apiKey: string };
  custom?: { enabled?: boolean; config: string; parser?: string };
}

/** A server's Docker cleanup settings. */
export interface ServerDockerCleanupSpec {
  schedule?: string;
  threshold?: number;
  force?: boolean;
  deleteUnusedVolumes?: boolean;
  deleteUnusedNetworks?: boolean;
}

/** A team-level cloud provider API token (Coolify `CloudProviderToken`). */
export interface CloudTokenSpec {
  /** `hetzner`, `digitalocean` or `vultr`. */
  provider: 'hetzner' | 'digitalocean' | 'vultr';
  /** The provider API token; always `${secrets.X}`. */
  token: string;
  /** Default true: deleting or replacing it needs `--allow-destroy`. */
  protect?: boolean;
}

/** A secret manager connection (Coolify 4.4 `IntegrationToken` with the `secrets` capability). */
export interface SecretManagerSpec {
  provider: 'doppler' | 'infisical' | 'vault';
  /** The provider credential; always `${secrets.X}`. */
  token: string;
  /** `metadata.base_url`: Infisical and Vault. */
  baseUrl?: string;
  /** `metadata.client_id`: Infisical. */
  clientId?: string;
  /** `metadata.namespace`: Vault. */
  namespace?: string;
}

/** An application's secret manager source (PATCH /applications/{uuid}/secret-manager `settings`). */
export interface AppSecretManagerSpec {
  /** A name under `secretManagers:`. */
  use: string;
  /** Doppler `project` and `config`. */
  project?: string;
  config?: string;
  /** Infisical `project_id`, `environment`, `secret_path`. */
  projectId?: string;
  environment?: string;
  secretPath?: string;
  /** Vault `mount` and `path`. */
  mount?: string;
  path?: string;
}

/** A Docker network destination on a server (Coolify `StandaloneDocker`/`SwarmDocker`). */
export interface DestinationSpec {
  /** The server, by its Coolify name. */
  server: string;
  /** The Docker network name. */
  network: string;
  protect?: boolean;
}
