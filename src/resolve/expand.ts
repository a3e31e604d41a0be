import type { Diagnostic } from '../model/diagnostic.js';
import type { SourceLocation } from '../model/source.js';
import { CODES } from '../model/diagnostic-codes.js';
import { makeDiagnostic } from '../diagnostics/make.js';
import { didYouMean } from '../diagnostics/suggest.js';
import { joinPointer, splitPointer } from '../manifest/pointer.js';
import { mayHoldExpression, parseTemplate, type RefNamespace } from './template.js';
import { ownEnv } from './own-env.js';

/**
 * First resolution pass: substitutes `${vars.X}` and `${env.X}` everywhere (so the schema
 * checks final values) and records, per string, the secrets and references left for the
 * second pass. Pure: every input comes from the caller.
 */

/** A piece of a string that the second pass must still resolve. */
export type DeferredPart =
  | string
  | { secret: string }
  | { ref: { namespace: RefNamespace; name: string; attr: string; raw: string } };

/** Inputs of the expansion pass. */
export interface ExpandInputs {
  /**
   * Manifest vars merged with `--var` overrides: literal values, or the parts made by
   * `resolveVars` (vars that use secrets, references, env or other vars).
   */
  vars: Readonly<Record<string, string>> | ReadonlyMap<string, readonly DeferredPart[]>;
  /** Environment variables for `${env.X}`. */
  env: Readonly<Record<string, string | undefined>>;
  /** Position of the value at a pointer, for diagnostics. */
  locate?: (pointer: string) => SourceLocation | undefined;
}

/** Output of the expansion pass. */
export interface ExpandResult {
  /** The document with vars and env substituted; secrets and references stay as `${…}` text. */
  doc: unknown;
  /** Strings holding secrets or references, by pointer, as parts for the second pass. */
  deferred: Map<string, DeferredPart[]>;
  diagnostics: Diagnostic[];
  /** Strings made only of vars/env that read as a number or boolean (`${vars.PORT}`). */
  coercible: Set<string>;
  /** Names the document refers to as `${vars.NAME}`, defined or not. */
  usedVars: Set<string>;
}

/** Fields whose content is a file or a command: unknown `${NAME}` stays literal there. */
const LENIENT_FIELDS = new Set(['compose', 'dockerfile', 'conf', 'content', 'command', 'preDeploy', 'postDeploy']);

const NUMBER = /^[-+]?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?$/;

/** Expands vars and env in every string of `doc` except inside `vars` itself. */
export function expandDocument(doc: unknown, inputs: ExpandInputs): ExpandResult {
  const diagnostics: Diagnostic[] = [];
  const deferred = new Map<string, DeferredPart[]>();
  const coercible = new Set<string>();
  const locate = inputs.locate ?? (() => undefined);
  // A Map of own names: `${vars.__proto__}` or `${vars.constructor}` find nothing.
  const vars: ReadonlyMap<string, readonly DeferredPart[]> =
    inputs.vars instanceof Map ? inputs.vars : new Map(Object.entries(inputs.vars).map(([k, v]) => [k, [v]]));
  const varNames = [...vars.keys()];
  const usedVars = new Set<string>();

  const expandString = (s: string, pointer: string): unknown => {
    if (!mayHoldExpression(s)) return s;
    const segments = splitPointer(pointer);
    const field = segments[segments.length - 1] ?? '';
    const lenient = LENIENT_FIELDS.has(field) || LENIENT_FIELDS.has(segments[segments.length - 2] ?? '');
    const { tokens, problems } = parseTemplate(s, lenient);
    // found only when a diagnostic needs it: a clean manifest asks for no position
    const source = (): SourceLocation | undefined => locate(pointer);
    for (const p of problems) {
      diagnostics.push(makeDiagnostic(CODES.BAD_EXPRESSION, p.message, { path: pointer, source: source(), ...(p.hint ? { hint: p.hint } : {}) }));
    }
    const parts: DeferredPart[] = [];
    let schemaText = '';
    let substituted = false;
    const pushText = (t: string): void => {
      schemaText += t;
      const last = parts[parts.length - 1];
      if (typeof last === 'string') parts[parts.length - 1] = last + t;
      else parts.push(t);
    };
    for (const t of tokens) {
      if (t.kind === 'text') {
        pushText(t.text);
      } else if (t.kind === 'value' && t.namespace === 'vars') {
        usedVars.add(t.name);
        const v = vars.get(t.name);
        if (v === undefined) {
          const hint = didYouMean(t.name, varNames) ?? `declare it under \`vars:\` or pass \`--var ${t.name}=…\``;
          diagnostics.push(makeDiagnostic(CODES.UNKNOWN_VAR, `unknown variable \`${t.name}\` in \`${t.raw}\``, { path: pointer, source: source(), hint }));
          pushText(t.raw);
        } else {
          substituted = true;
          for (const p of v) {
            if (typeof p === 'string') pushText(p);
            else {
              // a secret or reference inside the var: left for the second pass, like a direct one
              schemaText += 'secret' in p ? `\${secrets.${p.secret}}` : p.ref.raw;
              parts.push(p);
            }
          }
        }
      } else if (t.kind === 'value' && t.namespace === 'env') {
        const v = ownEnv(inputs.env, t.name);
        if (v === undefined) {
          diagnostics.push(
            makeDiagnostic(CODES.MISSING_ENV, `environment variable \`${t.name}\` is not set (used by \`${t.raw}\`)`, {
              path: pointer,
              source: source(),
              hint: `export ${t.name}=… before running ado-coolify`,
            }),
          );
          pushText(t.raw);
        } else {
          substituted = true;
          pushText(v);
        }
      } else if (t.kind === 'value') {
        schemaText += t.raw;
        parts.push({ secret: t.name });
      } else {
        schemaText += t.raw;
        parts.push({ ref: { namespace: t.namespace, name: t.name, attr: t.attr, raw: t.raw } });
      }
    }
    if (parts.some((p) => typeof p !== 'string')) {
      deferred.set(pointer, parts);
      return schemaText;
    }
    // `port: ${vars.PORT}` may have to become a number: the schema decides (see coerceAt)
    if (substituted && tokens.every((t) => t.kind !== 'text') && (NUMBER.test(schemaText) || schemaText === 'true' || schemaText === 'false')) {
      coercible.add(pointer);
    }
    return schemaText;
  };

  const walk = (value: unknown, pointer: string): unknown => {
    if (typeof value === 'string') return expandString(value, pointer);
    if (Array.isArray(value)) return value.map((v, i) => walk(v, joinPointer(pointer, i)));
    if (value !== null && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        const child = joinPointer(pointer, k);
        const next = pointer === '' && k === 'vars' ? v : walk(v, child);
        // defineProperty: a key named `__proto__` must stay a plain key
        if (k === '__proto__') Object.defineProperty(out, k, { value: next, enumerable: true, writable: true, configurable: true });
        else out[k] = next;
      }
      return out;
    }
    return value;
  };

  return { doc: walk(doc, ''), deferred, diagnostics, coercible, usedVars };
}

/**
 * Turns the string at `pointer` into the number or boolean it spells, when the schema wants
 * that type there. Returns true when the document changed.
 */
export function coerceAt(doc: unknown, pointer: string, wanted: readonly string[]): boolean {
  const segs = splitPointer(pointer);
  let cur: unknown = doc;
  for (let i = 0; i < segs.length - 1; i++) {
    if (cur === null || typeof cur !== 'object') return false;
    cur = (cur as Record<string, unknown>)[segs[i]!];
  }
  const last = segs[segs.length - 1];
  if (last === undefined || cur === null || typeof cur !== 'object') return false;
  const holder = cur as Record<string, unknown>;
  const value = holder[last];
  if (typeof value !== 'string') return false;
  let next: number | boolean | undefined;
  if ((wanted.includes('number') || wanted.includes('integer')) && NUMBER.test(value)) next = Number(value);
  else if (wanted.includes('boolean') && (value === 'true' || value === 'false')) next = value === 'true';
  if (next === undefined) return false;
  holder[last] = next;
  return true;
}
