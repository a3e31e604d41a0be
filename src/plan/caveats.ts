/**
 * Diagnostics for field changes with a caveat (audit M8): a change Coolify stores but the
 * running database ignores (ADO507), and a change that needs a data migration (ADO508; on a
 * protected resource an ADO509 error unless --allow-destroy, the consent to risk its data).
 */
import type { Diagnostic } from '../model/diagnostic.js';
import { CODES } from '../model/diagnostic-codes.js';
import { makeDiagnostic } from '../diagnostics/make.js';
import type { ResourceChange } from '../model/plan.js';

/** The diagnostics of every caveat on the changes of `changes` (creates carry none). */
export function caveatDiagnostics(changes: readonly ResourceChange[], allowDestroy: boolean): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const c of changes) {
    for (const f of c.changes) {
      if (!f.caveat) continue;
      const what = `${c.address}: ${f.label} changes, ${f.caveat.note}`;
      if (f.caveat.code === 'init-only') {
        out.push(makeDiagnostic(CODES.INIT_ONLY_CHANGE, what, {
          address: c.address,
          hint: `change it inside the database too (or migrate the data to a new database), or keep the old ${f.label} in the manifest`,
        }));
      } else if (c.protect && !allowDestroy) {
        out.push(makeDiagnostic(CODES.PROTECTED_DATA_MIGRATION, `${what}; the resource is protected`, {
          address: c.address,
          hint: 'migrate the data first, then run with --allow-destroy to accept the change (or keep the old image)',
        }));
      } else {
        out.push(makeDiagnostic(CODES.DATA_MIGRATION_CHANGE, what, { address: c.address, hint: 'migrate the data first, or keep the old image' }));
      }
    }
  }
  return out;
}
