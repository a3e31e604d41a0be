import type { Diagnostic } from '../model/diagnostic.js';
import type { SourceLocation } from '../model/source.js';
import type { DependencyEdge } from '../model/resource.js';
import type { Address, PlacedKind } from '../model/address.js';
import { s3Address } from '../model/address.js';
import type { RefAttribute, StringPart, TemplateString } from '../model/value.js';
import { CODES } from '../model/diagnostic-codes.js';
import { makeDiagnostic } from '../diagnostics/make.js';
import { didYouMean } from '../diagnostics/suggest.js';
import { joinPointer, splitPointer } from '../manifest/pointer.js';
import type { DeferredPart } from './expand.js';
import { entriesOf, holderOf, isObject, listPlaced, ResourceIndex, SECTION_KIND, type PlacedEntry } from '../manifest/structure.js';
import type { RefNamespace } from './template.js';

/**
 * Second resolution pass: turns the secrets and references left by the expansion pass into
 * TemplateStrings (SecretPart, RefPart) and collects the dependency edges (references,
 * `dependsOn`, backup S3 storages). Pure: secrets come through a lookup function.
 */

/** Attributes each kind exposes to references. */
export const REF_ATTRIBUTES: Record<PlacedKind, readonly RefAttribute[]> = {
  database: ['internalUrl', 'host', 'port', 'user', 'password', 'database', 'uuid'],
  application: ['url', 'fqdn', 'host', 'port', 'uuid', 'internalUrl'],
  service: ['url', 'uuid'],
};

const NAMESPACE_KIND: Record<RefNamespace, PlacedKind> = { databases: 'database', applications: 'application', services: 'service' };
const KIND_NAMESPACE: Record<PlacedKind, RefNamespace> = { database: 'databases', application: 'applications', service: 'services' };

/** Inputs of the reference pass. */
export interface ResolveRefsInputs {
  /** Looks a secret up by name; undefined when it is not provided. */
  secret: (name: string) => string | undefined;
  locate?: (pointer: string) => SourceLocation | undefined;
}

/** Output of the reference pass. */
export interface ResolveRefsResult {
  /** The document with TemplateStrings in place of strings holding secrets or references. */
  doc: unknown;
  edges: DependencyEdge[];
  diagnostics: Diagnostic[];
  /** Secret values that were used, so callers can scrub them from any output. */
  usedSecretValues: string[];
}

/**
 * Sets `value` at `pointer` in `doc`, creating nothing (the path must exist), without touching
 * `doc`'s own containers: every container on the way is copied the first time a pointer passes
 * through it (`copies` remembers them), and everything off those paths is shared. The root must
 * be a copy already (`copyContainer`).
 */
function setAtPointer(root: unknown, pointer: string, value: unknown, copies: WeakSet<object>): void {
  const segs = splitPointer(pointer);
  let cur: unknown = root;
  for (let i = 0; i < segs.length - 1; i++) {
    if (cur === null || typeof cur !== 'object') return;
    const holder = cur as Record<string, unknown>;
    const key = segs[i]!;
    let next = holder[key];
    if (next !== null && typeof next === 'object' && !copies.has(next)) {
      next = copyContainer(next, copies);
      Object.defineProperty(holder, key, { value: next, enumerable: true, writable: true, configurable: true });
    }
    cur = next;
  }
  const last = segs[segs.length - 1];
  if (last !== undefined && cur !== null && typeof cur === 'object') {
    Object.defineProperty(cur, last, { value, enumerable: true, writable: true, configurable: true });
  }
}

/** A shallow copy of a mapping or a list, remembered in `copies` as ours to write. */
function copyContainer(value: object, copies: WeakSet<object>): object {
  const copy = Array.isArray(value) ? [...(value as unknown[])] : { ...(value as Record<string, unknown>) };
  copies.add(copy);
  return copy;
}

/** Resolves secrets and references in `deferred` strings and builds the edges. */
export function resolveReferences(doc: unknown, deferred: ReadonlyMap<string, DeferredPart[]>, inputs: ResolveRefsInputs): ResolveRefsResult {
  const diagnostics: Diagnostic[] = [];
  const edges: DependencyEdge[] = [];
  const usedSecretValues = new Set<string>();
  const locate = inputs.locate ?? (() => undefined);
  const placed = listPlaced(doc);
  const index = new ResourceIndex(placed);
  // the input stays as it is: the containers on the paths of deferred strings are copied, the
  // rest is shared (a whole-document clone cost more than the rest of this pass)
  const copies = new WeakSet<object>();
  const out = doc !== null && typeof doc === 'object' ? copyContainer(doc, copies) : doc;

  for (const [pointer, parts] of deferred) {
    const holder = holderOf(pointer);
    // found only when a diagnostic needs it: a clean manifest asks for no position
    const source = (): SourceLocation | undefined => locate(pointer);
    const result: StringPart[] = [];
    const pushText = (t: string): void => {
      const last = result[result.length - 1];
      if (typeof last === 'string') result[result.length - 1] = last + t;
      else result.push(t);
    };
    for (const part of parts) {
      if (typeof part === 'string') {
        pushText(part);
      } else if ('secret' in part) {
        const value = inputs.secret(part.secret);
        if (value === undefined) {
          diagnostics.push(
            makeDiagnostic(CODES.MISSING_SECRET, `secret \`${part.secret}\` is not provided`, {
              path: pointer,
              source: source(),
              hint: `set the environment variable ${part.secret}, or add \`${part.secret}=…\` to the file given with --secrets-file`,
            }),
          );
        } else if (value.length > 0) {
          usedSecretValues.add(value);
        }
        result.push(value === undefined ? { secret: part.secret, value: '', missing: true } : { secret: part.secret, value });
      } else {
        const { namespace, name, attr, raw } = part.ref;
        if (holder.kind !== 'placed') {
          diagnostics.push(
            makeDiagnostic(CODES.REF_OUTSIDE_ENVIRONMENT, `reference \`${raw}\` is only allowed inside an application, database or service`, {
              path: pointer,
              source: source(),
              hint: 'move the value into the env of the resource that needs it',
            }),
          );
          pushText(raw);
          continue;
        }
        const { project, environment } = holder.entry;
        const wanted = NAMESPACE_KIND[namespace];
        const found = index.find(project, environment, name);
        const target = found.find((e) => e.kind === wanted);
        if (!target) {
          const other = found[0];
          const hint = other
            ? `\`${name}\` is a ${other.kind}: write \`\${${KIND_NAMESPACE[other.kind]}.${name}.${attr}}\``
            : (didYouMean(name, index.names(project, environment, wanted)) ?? `declare it under \`${namespace}:\` in ${project}/${environment}`);
          diagnostics.push(
            makeDiagnostic(CODES.UNKNOWN_REF_TARGET, `\`${raw}\` refers to unknown ${wanted} \`${name}\` in ${project}/${environment}`, {
              path: pointer,
              source: source(),
              hint,
            }),
          );
          pushText(raw);
          continue;
        }
        const allowed = REF_ATTRIBUTES[wanted];
        if (!(allowed as readonly string[]).includes(attr)) {
          diagnostics.push(
            makeDiagnostic(CODES.UNKNOWN_REF_ATTR, `\`${raw}\`: a ${wanted} has no attribute \`${attr}\``, {
              path: pointer,
              source: source(),
              hint: didYouMean(attr, allowed) ?? `use one of ${allowed.map((a) => `\`${a}\``).join(', ')}`,
            }),
          );
          pushText(raw);
          continue;
        }
        result.push({ ref: target.address, attr: attr as RefAttribute });
        if (target.address !== holder.entry.address) {
          edges.push({ from: holder.entry.address, to: target.address, reason: 'reference', via: pointer });
        }
      }
    }
    const template: TemplateString | string = result.every((p) => typeof p === 'string') ? result.join('') : { $template: result };
    setAtPointer(out, pointer, template, copies);
  }

  collectDependsOn(placed, index, locate, edges, diagnostics);
  collectWaves(placed, edges);
  collectS3(doc, placed, locate, edges, diagnostics);
  return { doc: out, edges, diagnostics, usedSecretValues: [...usedSecretValues] };
}

function collectDependsOn(
  placed: readonly PlacedEntry[],
  index: ResourceIndex,
  locate: (pointer: string) => SourceLocation | undefined,
  edges: DependencyEdge[],
  diagnostics: Diagnostic[],
): void {
  for (const entry of placed) {
    if (!isObject(entry.spec) || !Array.isArray(entry.spec.dependsOn)) continue;
    entry.spec.dependsOn.forEach((name: unknown, i: number) => {
      if (typeof name !== 'string') return;
      const via = joinPointer(entry.pointer, 'dependsOn', i);
      const target = index.find(entry.project, entry.environment, name)[0];
      if (!target) {
        diagnostics.push(
          makeDiagnostic(CODES.UNKNOWN_DEPENDS_ON, `\`${entry.name}\` depends on \`${name}\`, which is not in ${entry.project}/${entry.environment}`, {
            path: via,
            source: locate(via),
            hint: didYouMean(name, index.names(entry.project, entry.environment)) ?? 'dependsOn names resources of the same environment',
          }),
        );
        return;
      }
      edges.push({ from: entry.address, to: target.address, reason: 'dependsOn', via });
    });
  }
}

/**
 * Sync waves (`wave: N`, as Argo CD's): each resource of a wave depends on every resource of
 * every lower wave, so its first step waits until all of them are created, deployed and healthy
 * (a lower wave with nothing to do imposes nothing, hence every lower wave and not only the
 * next). Resources without `wave:` are in wave 0; with no `wave:` anywhere nothing is added.
 */
function collectWaves(placed: readonly PlacedEntry[], edges: DependencyEdge[]): void {
  const levels = new Map<number, PlacedEntry[]>();
  let declared = false;
  for (const entry of placed) {
    const wave = isObject(entry.spec) && typeof entry.spec.wave === 'number' && Number.isInteger(entry.spec.wave) ? entry.spec.wave : 0;
    if (isObject(entry.spec) && entry.spec.wave !== undefined) declared = true;
    // appended in place: a copy per entry made 5,000 entries 12.5 million element copies
    const level = levels.get(wave);
    if (level) level.push(entry);
    else levels.set(wave, [entry]);
  }
  if (!declared) return;
  const order = [...levels.keys()].sort((a, b) => a - b);
  order.forEach((wave, i) => {
    const lower = order.slice(0, i).flatMap((w) => levels.get(w)!);
    for (const entry of levels.get(wave)!) {
      const via = joinPointer(entry.pointer, 'wave');
      for (const before of lower) edges.push({ from: entry.address, to: before.address, reason: 'wave', via });
    }
  });
}

function collectS3(
  doc: unknown,
  placed: readonly PlacedEntry[],
  locate: (pointer: string) => SourceLocation | undefined,
  edges: DependencyEdge[],
  diagnostics: Diagnostic[],
): void {
  const storages = isObject(doc) ? entriesOf(doc.s3Storages).map(([k]) => k) : [];
  const check = (from: Address, name: unknown, via: string): void => {
    if (typeof name !== 'string') return;
    if (!storages.includes(name)) {
      diagnostics.push(
        makeDiagnostic(CODES.UNKNOWN_S3, `unknown S3 storage \`${name}\``, {
          path: via,
          source: locate(via),
          hint: didYouMean(name, storages) ?? 'declare it under the top-level `s3Storages:`',
        }),
      );
      return;
    }
    edges.push({ from, to: s3Address(name), reason: 's3', via });
  };
  for (const entry of placed) {
    if (!isObject(entry.spec)) continue;
    if (entry.kind === SECTION_KIND.databases && Array.isArray(entry.spec.backups)) {
      entry.spec.backups.forEach((b: unknown, i: number) => {
        if (isObject(b)) check(entry.address, b.s3, joinPointer(entry.pointer, 'backups', i, 's3'));
      });
    }
    if (entry.kind === SECTION_KIND.applications) {
      for (const [name, st] of entriesOf(entry.spec.storages)) {
        if (isObject(st) && isObject(st.backup)) check(entry.address, st.backup.s3, joinPointer(entry.pointer, 'storages', name, 'backup', 's3'));
      }
    }
  }
}

