/**
 * The policy of a plan run: the manifest's `policy:` and `--policy FILE` (read here, the only
 * I/O), checked once before Coolify is read, then run over the computed plan
 * (src/policy/evaluate.ts). See docs/policy.md.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileSystemError } from '../fs-error.js';
import type { LoadedManifest } from '../load/load-manifest.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { PlanJson } from '../model/plan.js';
import { readPolicies, type PolicyConfig, type PolicySource } from '../policy/config.js';
import { checkPolicy } from '../policy/evaluate.js';
import { manifestPolicySource, policyFileSource } from '../policy/sources.js';

/** A checked policy and the problems found in it (ADO808). */
export interface LoadedPolicy {
  policy: PolicyConfig;
  diagnostics: Diagnostic[];
}

/** Reads the manifest's policy and the policy files (`--policy`, in order; relative to `cwd`). */
export async function loadPolicy(loaded: LoadedManifest, files: readonly string[], cwd?: string): Promise<LoadedPolicy> {
  const sources: PolicySource[] = [];
  const diagnostics: Diagnostic[] = [];
  const own = manifestPolicySource(loaded.manifest, (p) => loaded.locate(p));
  if (own) sources.push(own);
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(cwd === undefined ? file : resolve(cwd, file), 'utf8');
    } catch (err) {
      throw fileSystemError(err, file) ?? err;
    }
    const read = policyFileSource(text, file);
    diagnostics.push(...read.diagnostics);
    if (read.source) sources.push(read.source);
  }
  const checked = readPolicies(sources);
  return { policy: checked.policy, diagnostics: [...diagnostics, ...checked.diagnostics] };
}

/** The policy's diagnostics on a plan: its own problems, then the violations. */
export function policyDiagnostics(loaded: LoadedManifest, policy: LoadedPolicy, plan: PlanJson, flags: { allowDestroy: boolean; prune: boolean }): Diagnostic[] {
  return [
    ...policy.diagnostics,
    ...checkPolicy({ policy: policy.policy, plan, manifest: loaded.manifest, flags, locate: (p) => loaded.locate(p) }),
  ];
}
