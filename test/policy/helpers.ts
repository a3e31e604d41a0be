/** Test helper: a manifest's text planned against an empty or converged Coolify, then policy-checked. */
import { loadManifestSource } from '../../src/load/load-manifest.js';
import { buildDesiredState } from '../../src/kinds/lower.js';
import { readPolicies } from '../../src/policy/config.js';
import { checkPolicy } from '../../src/policy/evaluate.js';
import { manifestPolicySource } from '../../src/policy/sources.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import type { PlanJson } from '../../src/model/plan.js';
import { convergedLive } from '../kinds/simulate-coolify.js';
import { emptyLive, plan } from '../plan/fixtures.js';

/** What `policyOf` returns: the plan, every policy diagnostic, and the violations' codes by address. */
export interface PolicyRun {
  plan: PlanJson;
  diagnostics: Diagnostic[];
}

/**
 * Loads `text` (the manifest, with its `policy:`), plans it against an empty Coolify (or one
 * converged with `liveFrom`'s manifest text) and runs the policy with the given flags.
 */
export function policyOf(text: string, opts: { liveFrom?: string; allowDestroy?: boolean; prune?: boolean; secrets?: Record<string, string> } = {}): PolicyRun {
  const env = Object.fromEntries(Object.entries(opts.secrets ?? {}).map(([k, v]) => [k, v]));
  const loaded = loadManifestSource('ado.coolify.yaml', text, { env, secrets: opts.secrets ?? {} });
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0 || !loaded.manifest) throw new Error(`fixture manifest is invalid: ${errors.map((d) => `${d.code} ${d.message}`).join('; ')}`);
  const desired = buildDesiredState(loaded.manifest, loaded.edges);
  let live = emptyLive();
  if (opts.liveFrom !== undefined) {
    const before = loadManifestSource('before.yaml', opts.liveFrom, { env, secrets: opts.secrets ?? {} });
    live = convergedLive(buildDesiredState(before.manifest!, before.edges), true);
  }
  const p = plan(desired, live, { prune: opts.prune ?? false, allowDestroy: opts.allowDestroy ?? false });
  const own = manifestPolicySource(loaded.manifest, (ptr) => loaded.locate(ptr));
  const read = readPolicies(own ? [own] : []);
  const diagnostics = [
    ...read.diagnostics,
    ...checkPolicy({ policy: read.policy, plan: p, manifest: loaded.manifest, flags: { allowDestroy: opts.allowDestroy ?? false, prune: opts.prune ?? false }, locate: (ptr) => loaded.locate(ptr) }),
  ];
  return { plan: p, diagnostics };
}
