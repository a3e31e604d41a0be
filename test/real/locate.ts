/**
 * Where the real Coolify for the `test/real` suite comes from, decided once per test run:
 * an instance that is already running (`ADO_COOLIFY_REAL_URL` + `ADO_COOLIFY_REAL_TOKEN`), or
 * one started with `start.sh` of the `coolify-real` kit, which lives next to the repository
 * (`<repo>/../shared/coolify-real/`, or the folder `ADO_COOLIFY_REAL_HOME` names).
 * Pure apart from the file-existence check, so the policy is testable.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** How the suite gets its real Coolify, or why it cannot. */
export type RealSource =
  | { kind: 'running'; url: string; token: string }
  | { kind: 'start'; home: string; startScript: string; stopScript: string }
  | { kind: 'unavailable'; reason: string; mustRun: boolean };

/** The folder of the coolify-real kit: `ADO_COOLIFY_REAL_HOME`, else `<repo>/../shared/coolify-real`. */
export function kitHome(root: string, env: NodeJS.ProcessEnv): string {
  const override = env['ADO_COOLIFY_REAL_HOME'];
  return override !== undefined && override !== '' ? resolve(override) : resolve(root, '..', 'shared', 'coolify-real');
}

/**
 * The policy: an explicit URL wins; else the kit's start.sh; else the suite cannot run, which
 * is an error in CI (`CI=true`, `mustRun`) and a clearly reported "not run" elsewhere.
 */
export function locateRealCoolify(root: string, env: NodeJS.ProcessEnv, exists: (path: string) => boolean = existsSync): RealSource {
  const url = env['ADO_COOLIFY_REAL_URL'];
  const mustRun = env['CI'] === 'true' || env['CI'] === '1';
  if (url !== undefined && url !== '') {
    const token = env['ADO_COOLIFY_REAL_TOKEN'];
    if (token === undefined || token === '') {
      return { kind: 'unavailable', mustRun: true, reason: 'ADO_COOLIFY_REAL_URL is set but ADO_COOLIFY_REAL_TOKEN is not (a token with every ability, e.g. root)' };
    }
    return { kind: 'running', url: url.replace(/\/+$/, ''), token };
  }
  const home = kitHome(root, env);
  const startScript = join(home, 'start.sh');
  const stopScript = join(home, 'stop.sh');
  if (exists(startScript) && exists(stopScript)) return { kind: 'start', home, startScript, stopScript };
  return {
    kind: 'unavailable',
    mustRun,
    reason:
      `no real Coolify: ${startScript} does not exist (the coolify-real kit is expected next to the repository, ` +
      'in ../shared/coolify-real; or set ADO_COOLIFY_REAL_HOME to its folder, or ADO_COOLIFY_REAL_URL and ADO_COOLIFY_REAL_TOKEN to a running instance)',
  };
}
