/**
 * `--replace ADDR` (Terraform's `-replace`): which declared resources are to be deleted and
 * created again although nothing forces it. An address the manifest does not declare, or of
 * a kind that cannot be replaced (KindPlanning.replaceRefused), is an error diagnostic.
 */
import type { Address } from '../model/address.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { CODES } from '../model/diagnostic-codes.js';
import { makeDiagnostic } from '../diagnostics/make.js';
import { didYouMean } from '../diagnostics/suggest.js';
import type { DesiredResource } from '../model/resource.js';
import { specFor } from '../kinds/registry.js';

/** The addresses to replace; errors for the others go to `diagnostics`. */
export function checkReplaceRequests(requests: readonly string[], desired: readonly DesiredResource[], diagnostics: Diagnostic[]): Set<Address> {
  const byAddress = new Map(desired.map((d) => [d.address as string, d]));
  const out = new Set<Address>();
  for (const request of new Set(requests)) {
    const d = byAddress.get(request);
    if (!d) {
      const near = didYouMean(request, byAddress.keys());
      diagnostics.push(makeDiagnostic(CODES.REPLACE_UNKNOWN, `--replace ${request} names no resource of the manifest`, {
        hint: near ?? 'give a full address, e.g. project/environment/application/name (see `ado-coolify graph` or `plan --format json`)',
      }));
      continue;
    }
    const refused = specFor(d.kind).planning?.replaceRefused;
    if (refused !== undefined) {
      diagnostics.push(makeDiagnostic(CODES.REPLACE_REFUSED, `--replace ${request}: a ${d.kind} cannot be replaced`, { address: d.address, hint: refused }));
      continue;
    }
    out.add(d.address);
  }
  return out;
}
