/** State shared by the mappers of one import. */
import type { InterpolationSink } from './interpolate.js';
import type { ComposeService } from './model.js';
import type { ImportReport } from './report.js';
import type { HostTarget } from './rewire.js';
import type { SecretRegistry } from './env.js';

/** A comment to put before a key of the generated YAML (path of keys from the root). */
export interface YamlComment {
  path: string[];
  text: string;
}

/** One import run. */
export interface ImportContext {
  report: ImportReport;
  sink: InterpolationSink;
  secrets: SecretRegistry;
  comments: YamlComment[];
  /** Manifest names by compose service key. */
  names: ReadonlyMap<string, string>;
  /** Every service as a possible reference target. */
  targets: readonly HostTarget[];
  /** env_file contents by path as written. */
  envFiles: Readonly<Record<string, string>>;
  /** Contents of bind-mounted files by source path as written. */
  files: Readonly<Record<string, string>>;
  /** Top-level external volumes. */
  externalVolumes: readonly string[];
  /** Services by named volume, to report volumes shared between services. */
  volumeUsers: ReadonlyMap<string, string[]>;
  /** `projects.P.environments.E` path, for comments. */
  envPath: string[];
}

/** Targets other than the service itself. */
export function targetsExcept(ctx: ImportContext, service: ComposeService): HostTarget[] {
  const self = ctx.names.get(service.key);
  return ctx.targets.filter((t) => t.name !== self);
}
