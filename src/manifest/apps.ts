/** The applications a resolved manifest declares, with their addresses (pure). */
import { placedAddress, type Address } from '../model/address.js';
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
 * several environments. Throws an AdoError listing the candidates otherwise.
 */
export function findManifestApp(apps: readonly ManifestApp[], app: string, environment?: string): ManifestApp {
  const byAddress = apps.find((a) => a.address === app);
  if (byAddress) return byAddress;
  const named = apps.filter((a) => a.name === app);
  const matches = environment === undefined ? named : named.filter((a) => a.environment === environment);
  if (matches.length === 1) return matches[0]!;
  if (matches.length === 0) {
    const known = [...new Set(apps.map((a) => a.name))].sort().join(', ');
    throw new AdoError('ADO_UNKNOWN_APP', `no application "${app}"${environment ? ` in environment ${environment}` : ''} in the manifest`, {
      hint: named.length > 0 ? `it exists in: ${named.map((a) => a.environment).join(', ')}` : `known applications: ${known || 'none'}`,
    });
  }
  throw new AdoError('ADO_AMBIGUOUS_APP', `application "${app}" exists in several environments: ${matches.map((a) => a.address).join(', ')}`, {
    hint: 'pick one with --env NAME, or pass the full address project/environment/application/name',
  });
}
