/**
 * A normalised Docker Compose project: the short and long syntaxes of the compose spec
 * (v2/v3) folded into one shape, so the converter never branches on syntax.
 */

/** A published or exposed port of a service. */
export interface ComposePort {
  /** Container port. */
  target: number;
  /** Host port, when published. */
  published?: number;
  /** `tcp` (default) or `udp`. */
  protocol: string;
  /** Host IP the port is bound to, e.g. `127.0.0.1`. */
  hostIp?: string;
}

/** A mount of a service: named volume, bind mount, anonymous volume or tmpfs. */
export interface ComposeMount {
  type: 'volume' | 'bind' | 'anonymous' | 'tmpfs';
  /** Volume name (volume) or host path as written (bind). */
  source?: string;
  /** Path inside the container. */
  target: string;
  readOnly: boolean;
}

/** A compose healthcheck, still in compose units. */
export interface ComposeHealthcheck {
  /** `['CMD', ...]`, `['CMD-SHELL', cmd]`, `['NONE']`, or a string (CMD-SHELL). */
  test?: string[] | string;
  interval?: string;
  timeout?: string;
  retries?: number;
  startPeriod?: string;
  disable: boolean;
}

/** A `build:` section. */
export interface ComposeBuild {
  context: string;
  dockerfile?: string;
  target?: string;
  args: Array<[string, string | undefined]>;
}

/** One service of the compose file. */
export interface ComposeService {
  /** The service key in `services:`. */
  key: string;
  image?: string;
  build?: ComposeBuild;
  /** `environment:` entries in order; undefined value = taken from the shell. */
  environment: Array<[string, string | undefined]>;
  /** `env_file:` paths as written (relative to the compose file). */
  envFiles: Array<{ path: string; required: boolean }>;
  ports: ComposePort[];
  expose: number[];
  dependsOn: string[];
  mounts: ComposeMount[];
  healthcheck?: ComposeHealthcheck;
  limits?: { cpus?: string; memory?: string };
  reservations?: { memory?: string };
  replicas?: number;
  command?: string[] | string;
  containerName?: string;
  hostname?: string;
  /** Keys of the service that have no manifest equivalent (reported, not mapped). */
  ignoredKeys: string[];
}

/** A parsed compose file. */
export interface ComposeProject {
  /** Top-level `name:`, if any. */
  name?: string;
  services: ComposeService[];
  /** Top-level named volumes declared as `external: true`. */
  externalVolumes: string[];
  /** Human notes about what the parser skipped (top-level networks, secrets, configs…). */
  notes: string[];
}
