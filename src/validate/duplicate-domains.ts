import type { Diagnostic } from '../model/diagnostic.js';
import type { SourceLocation } from '../model/source.js';
import { CODES } from '../model/diagnostic-codes.js';
import { makeDiagnostic } from '../diagnostics/make.js';
import { joinPointer } from '../manifest/pointer.js';
import { isObject, type PlacedEntry } from '../manifest/structure.js';

/**
 * A domain may belong to one resource only: Coolify refuses the second one with 409 at apply
 * time, after the first part of the apply has run. This finds every domain (application
 * `domains`, service `urls`) declared twice anywhere in the manifest, in one environment or
 * across environments and projects, and names both places.
 */

interface Use {
  pointer: string;
  address: string;
}

/**
 * The key two domains collide on: host and port, lower-cased, without scheme or trailing `/`
 * (Coolify compares hosts: `http://x` and `https://x` are the same domain to it).
 */
export function domainKey(domain: string): string | undefined {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]+)\/?$/i.exec(domain.trim());
  if (!m) return undefined;
  return m[1]!.toLowerCase().replace(/:(80|443)$/, '');
}

/** The domains a resource declares: `domains` (applications) and `urls[].url` (services), by shape. */
function usesOf(entry: PlacedEntry): Array<{ domain: string; pointer: string }> {
  const spec = entry.spec;
  if (!isObject(spec)) return [];
  const domains = Array.isArray(spec.domains)
    ? spec.domains.flatMap((d: unknown, i: number) => (typeof d === 'string' ? [{ domain: d, pointer: joinPointer(entry.pointer, 'domains', i) }] : []))
    : [];
  const urls = Array.isArray(spec.urls)
    ? spec.urls.flatMap((u: unknown, i: number) =>
        isObject(u) && typeof u.url === 'string' ? [{ domain: u.url, pointer: joinPointer(entry.pointer, 'urls', i, 'url') }] : [],
      )
    : [];
  return [...domains, ...urls];
}

function where(loc: SourceLocation | undefined): string {
  return loc ? ` (${loc.file}:${loc.line}:${loc.col})` : '';
}

/** One ADO312 error per repeated domain, at the later place, naming the first one. */
export function checkDuplicateDomains(placed: readonly PlacedEntry[], locateValue: (pointer: string) => SourceLocation | undefined): Diagnostic[] {
  const first = new Map<string, Use>();
  const out: Diagnostic[] = [];
  for (const entry of placed) {
    const written = new Set<string>();
    for (const { domain, pointer } of usesOf(entry)) {
      if (domain.includes('${')) continue; // not known before resolution
      if (written.has(domain)) continue; // the same text twice in one list: the schema's ADO108
      written.add(domain);
      const key = domainKey(domain);
      if (key === undefined) continue; // ADO304 reports it
      const before = first.get(key);
      if (!before) {
        first.set(key, { pointer, address: entry.address });
        continue;
      }
      const here = locateValue(pointer);
      const there = locateValue(before.pointer);
      const same = before.address === entry.address;
      out.push(
        makeDiagnostic(
          CODES.DUPLICATE_DOMAIN,
          same
            ? `domain \`${key}\` is listed twice in ${entry.address}${where(there)}${where(here)}`
            : `domain \`${key}\` is used by both ${before.address}${where(there)} and ${entry.address}${where(here)}`,
          {
            path: pointer,
            source: here,
            address: entry.address,
            hint: same ? 'remove one of them' : 'a domain belongs to one resource: remove it from one of them (Coolify refuses the second with 409)',
          },
        ),
      );
    }
  }
  return out;
}
