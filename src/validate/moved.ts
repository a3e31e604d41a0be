/**
 * The checks of the manifest's `moved:` hints (Terraform's `moved` blocks): each entry must
 * rename a resource of a renamable kind (the kind table's `planning.renamable`) from an address
 * the manifest no longer declares to one it declares, of the same kind, and no two entries may
 * overlap or chain. An entry whose `from` no longer exists in Coolify is fine: the plan ignores
 * it (users may keep old entries, as in Terraform). Pure.
 */
import type { Diagnostic } from '../model/diagnostic.js';
import type { SourceLocation } from '../model/source.js';
import { parseAddress, type ResourceKind } from '../model/address.js';
import { CODES } from '../model/diagnostic-codes.js';
import { makeDiagnostic } from '../diagnostics/make.js';
import { didYouMean } from '../diagnostics/suggest.js';
import { joinPointer } from '../manifest/pointer.js';
import { isObject, type PlacedEntry } from '../manifest/structure.js';
import { KIND_ORDER, specFor } from '../kinds/registry.js';

const ADDRESS_HINT = 'write the address as the plan prints it: project/environment/kind/name, e.g. shop/production/application/web';

const article = (kind: string): string => (/^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`);

const isRenamable = (kind: ResourceKind): boolean => specFor(kind).planning?.renamable === true;

/** The kinds `moved:` can rename, in words (from the kind table). */
function renamableKinds(): string {
  return KIND_ORDER.filter(isRenamable).map((k) => `${k}s`).join(', ');
}


/** One ADO314-ADO317 diagnostic per problem of the document's `moved:` list. */
export function checkMoved(doc: unknown, placed: readonly PlacedEntry[], locateValue: (pointer: string) => SourceLocation | undefined): Diagnostic[] {
  if (!isObject(doc) || !Array.isArray(doc.moved)) return [];
  const out: Diagnostic[] = [];
  const declared = new Map(placed.map((p) => [p.address as string, p]));
  const add = (info: (typeof CODES)[keyof typeof CODES], message: string, pointer: string, hint: string): void => {
    out.push(makeDiagnostic(info, message, { path: pointer, source: locateValue(pointer), hint }));
  };
  const froms = new Map<string, number>();
  const tos = new Map<string, number>();
  doc.moved.forEach((entry: unknown, i: number) => {
    if (!isObject(entry) || typeof entry.from !== 'string' || typeof entry.to !== 'string') return; // the schema reports it
    const at = (key: 'from' | 'to'): string => joinPointer('/moved', i, key);
    const from = parseAddress(entry.from);
    const to = parseAddress(entry.to);
    if (!from) return add(CODES.MOVED_BAD_ENTRY, `moved: \`${entry.from}\` is not a resource address`, at('from'), ADDRESS_HINT);
    if (!to) return add(CODES.MOVED_BAD_ENTRY, `moved: \`${entry.to}\` is not a resource address`, at('to'), ADDRESS_HINT);
    if (!isRenamable(from.kind)) {
      return add(
        CODES.MOVED_BAD_ENTRY,
        `moved: ${article(from.kind)} cannot be renamed in place (\`${entry.from}\`)`,
        at('from'),
        `moved: renames ${renamableKinds()}; rename ${article(from.kind)} in Coolify by hand, then in the manifest`,
      );
    }
    if (from.kind !== to.kind) {
      return add(CODES.MOVED_BAD_ENTRY, `moved: \`${entry.from}\` is ${article(from.kind)} and \`${entry.to}\` ${article(to.kind)}`, at('to'), 'a rename keeps the kind: from and to must name the same kind');
    }
    if (entry.from === entry.to) return add(CODES.MOVED_BAD_ENTRY, `moved: from and to are both \`${entry.from}\``, at('to'), 'remove this entry: it renames nothing');

    const target = declared.get(entry.to);
    if (!target) {
      const candidates = placed.filter((p) => p.kind === to.kind).map((p) => p.address as string);
      add(CODES.MOVED_TO_UNDECLARED, `moved: \`${entry.to}\` is not declared in the manifest`, at('to'), didYouMean(entry.to, candidates) ?? 'to must be the new address of a declared application, database or service');
    } else if (isObject(target.spec) && ((typeof target.spec.replicas === 'number' && target.spec.replicas > 1) || isObject(target.spec.autoscale))) {
      add(CODES.MOVED_BAD_ENTRY, `moved: \`${entry.to}\` is a replica set: its instances are separate applications`, at('to'), 'rename the application first with one replica, then scale it');
    }
    if (declared.has(entry.from)) {
      add(
        CODES.MOVED_FROM_DECLARED,
        `moved: \`${entry.from}\` is still declared in the manifest`,
        at('from'),
        'from is the old address: remove or rename its manifest entry (a rename declares only the new name)',
      );
    }

    const firstFrom = froms.get(entry.from);
    if (firstFrom !== undefined) add(CODES.MOVED_CONFLICT, `moved: \`${entry.from}\` is renamed twice (entries ${firstFrom + 1} and ${i + 1})`, at('from'), 'keep one entry per old address');
    else froms.set(entry.from, i);
    const firstTo = tos.get(entry.to);
    if (firstTo !== undefined) add(CODES.MOVED_CONFLICT, `moved: two resources are renamed to \`${entry.to}\` (entries ${firstTo + 1} and ${i + 1})`, at('to'), 'keep one entry per new address');
    else tos.set(entry.to, i);
  });
  // A chain (a → b, b → c) or a cycle: one rename per resource and plan, from the live address.
  doc.moved.forEach((entry: unknown, i: number) => {
    if (!isObject(entry) || typeof entry.to !== 'string') return;
    const next = froms.get(entry.to);
    if (next === undefined || next === i) return;
    add(
      CODES.MOVED_CONFLICT,
      `moved: \`${entry.to}\` is renamed again by entry ${next + 1}: chained renames are not followed`,
      joinPointer('/moved', i, 'to'),
      'write one entry from the address Coolify holds to the address the manifest declares, and drop the intermediate one',
    );
  });
  return out;
}
