/**
 * Former dependents of deleted resources (audit m12): a resource the plan deletes must outlive
 * the update and redeploy of every resource that still uses it in Coolify, as Terraform
 * destroys after the dependents' updates. The desired state no longer names the deleted
 * resource, so the links come from the live state:
 *
 * - a changed resource Y whose live env values contain the deleted X's uuid (Coolify's
 *   internal hostnames and URLs of databases and applications are built on the uuid) was
 *   using X;
 * - when Y's env changes but its live values cannot be read (no `read:sensitive`, or env not
 *   read), the link is assumed for every deleted X in the same environment: a wrong guess
 *   only delays a delete, a missed one breaks a running app.
 */
import type { Address } from '../model/address.js';
import { parseAddress } from '../model/address.js';
import type { ResourceChange } from '../model/plan.js';
import type { LiveResource } from '../model/resource.js';

/** `deleted`'s delete waits for the last forward step of `dependent`. */
export interface FormerDependent {
  dependent: Address;
  deleted: Address;
}

const isEnvPath = (path: string): boolean => path === 'env' || path.startsWith('env.');
const environmentOf = (a: Address): string | undefined => {
  const p = parseAddress(a);
  return p?.environment === undefined ? undefined : `${p.project}/${p.environment}`;
};

/** The former-dependent links among `changes`, from the live resources they were planned against. */
export function findFormerDependents(changes: readonly ResourceChange[], live: readonly LiveResource[]): FormerDependent[] {
  const deletes = changes.filter((c) => c.action === 'delete' && c.uuid);
  if (deletes.length === 0) return [];
  const liveByUuid = new Map(live.map((l) => [l.uuid, l]));
  const out: FormerDependent[] = [];
  for (const y of changes) {
    if (y.action === 'delete' || y.action === 'no-op' || y.action === 'create') continue;
    const l = y.uuid ? liveByUuid.get(y.uuid) : undefined;
    const values = l?.env?.map((e) => e.value);
    const unreadable = values === undefined || values.some((v) => v === undefined || v === null);
    const envChanges = y.changes.some((c) => isEnvPath(c.path));
    for (const x of deletes) {
      if (x.address === y.address) continue;
      const uses = values?.some((v) => typeof v === 'string' && v.includes(x.uuid!)) === true;
      const assumed = unreadable && envChanges && environmentOf(x.address) !== undefined && environmentOf(x.address) === environmentOf(y.address);
      if (uses || assumed) out.push({ dependent: y.address, deleted: x.address });
    }
  }
  return out;
}
