/** The applications a resolved manifest declares, with their addresses (pure). */
import { parseAddress, placedAddress, type Address } from '../model/address.js';
import type { ResolvedManifest } from './types.js';
import { AdoError } from '../errors.js';

type ResolvedApp = NonNullable<ResolvedManifest['projects'][string]['environments'][string]['applications']>[string];

/** One application of the manifest. */
export interface ManifestApp {
  project: string;
  environment: string;
  name: string;
  /** `project/environment/application/name` (of the app, not of its replicas). */
  address: Address;
  spec: ResolvedApp;
}

/** Every application in the manifest, in document order. */
export function manifestApps(manifest: ResolvedManifest): ManifestApp[] {
  const out: ManifestApp[] = [];
  for (const [project, p] of Object.entries(manifest.projects ?? {})) {
    for (const [environment, e] of Object.entries(p.environments ?? {})) {
      for (const [name, spec] of Object.entries(e.applications ?? {})) {
        out.push({ project, environment, name, address: placedAddress(project, environment, 'application', name), spec });
      }
    }
  }
  return out;
}

/**
 * Finds the application `--app NAME` means: a manifest name, or a full address
 * `project/env/application/name`. `environment` (`--env`) picks one when the name exists in
 * several environments. Throws an AdoError listing the candidates otherwise; `declared` (the
 * addresses of every declared resource) lets it say that `pg` is a database, not an app.
 */
export function findManifestApp(apps: readonly ManifestApp[], app: string, environment?: string, declared: readonly string[] = []): ManifestApp {
  const byAddress = apps.find((a) => a.address === app);
  if (byAddress) return byAddress;
  const named = apps.filter((a) => a.name === app);
  const matches = environment === undefined ? named : named.filter((a) => a.environment === environment);
  if (matches.length === 1) return matches[0]!;
  if (matches.length === 0) {
    const other = otherKindNamed(declared, app, environment);
    if (named.length === 0 && other) {
      throw new AdoError('ADO_UNKNOWN_APP', `"${app}" is a ${other.kind} (${other.address}), not an application: this command works on applications`, {
        hint: `applications of the manifest: ${[...new Set(apps.map((a) => a.name))].sort().join(', ') || 'none'}`,
      });
    }
    const known = [...new Set(apps.map((a) => a.name))].sort().join(', ');
    throw new AdoError('ADO_UNKNOWN_APP', `no application "${app}"${environment ? ` in environment ${environment}` : ''} in the manifest`, {
      hint: named.length > 0 ? `it exists in: ${named.map((a) => a.environment).join(', ')}` : `known applications: ${known || 'none'}`,
    });
  }
  throw new AdoError('ADO_AMBIGUOUS_APP', `application "${app}" exists in several environments: ${matches.map((a) => a.address).join(', ')}`, {
    hint: 'pick one with --env NAME, or pass the full address project/environment/application/name',
  });
}

/**
 * A declared resource with this name (and environment, when given), called only when no
 * application has the name: so it is of another kind, which its address names.
 */
function otherKindNamed(declared: readonly string[], name: string, environment?: string): { kind: string; address: string } | undefined {
  for (const address of declared) {
    const p = parseAddress(address);
    if (address.includes('#') || !p || p.name !== name) continue;
    if (environment !== undefined && p.environment !== environment) continue;
    return { kind: p.kind.replace(/-/g, ' '), address };
  }
  return undefined;
}
