/**
 * Deletes Coolify refuses while a live resource uses the deleted one (a GitHub or GitLab App an
 * application clones through: 409, GithubController.php:768-775, GitlabController.php:513-519).
 * The kind's table says who uses a record (`TeamSpec.usedBy`). A user the plan deletes too is
 * deleted first (an edge, so the app's delete waits for it); a user that stays makes the plan
 * fail with ADO519 before any request, instead of a 409 in the middle of the apply.
 */
import type { Address } from '../model/address.js';
import type { ResourceChange } from '../model/plan.js';
import type { DependencyEdge, LiveResource } from '../model/resource.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { CODES } from '../model/diagnostic-codes.js';
import { makeDiagnostic } from '../diagnostics/make.js';
import { specFor } from '../kinds/registry.js';

/** The ordering edges (user → used) and the refusals of deletes whose users stay. */
export function liveUsers(changes: readonly ResourceChange[], live: readonly LiveResource[]): { edges: DependencyEdge[]; diagnostics: Diagnostic[] } {
  const edges: DependencyEdge[] = [];
  const diagnostics: Diagnostic[] = [];
  const deleted = new Set(changes.filter((c) => c.action === 'delete').map((c) => c.address));
  for (const c of changes) {
    const usedBy = specFor(c.kind).team?.usedBy;
    if (c.action !== 'delete' || usedBy === undefined) continue;
    const record = live.find((l) => l.address === c.address && l.uuid === c.uuid)?.fields;
    if (record === undefined) continue;
    const users = live.filter((l) => l.address !== undefined && l.address !== c.address && usedBy(record, l));
    const staying: Address[] = [];
    for (const u of users) {
      if (deleted.has(u.address!)) edges.push({ from: u.address!, to: c.address, reason: 'reference', via: 'source' });
      else staying.push(u.address!);
    }
    if (staying.length > 0) {
      diagnostics.push(
        makeDiagnostic(CODES.SOURCE_IN_USE, `${c.address} is deleted, but ${staying.length} application(s) in Coolify still use it: ${staying.join(', ')}. Coolify refuses the delete (409) while they do`, {
          address: c.address,
          hint: 'delete those applications too (drop them and --prune), or keep the app declared',
        }),
      );
    }
  }
  return { edges, diagnostics };
}
