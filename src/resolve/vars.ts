import type { Diagnostic } from '../model/diagnostic.js';
import type { SourceLocation } from '../model/source.js';
import { CODES } from '../model/diagnostic-codes.js';
import { makeDiagnostic } from '../diagnostics/make.js';
import { didYouMean } from '../diagnostics/suggest.js';
import { joinPointer } from '../manifest/pointer.js';
import type { DeferredPart } from './expand.js';
import { ownEnv } from './own-env.js';
import { mayHoldExpression, parseTemplate } from './template.js';

/**
 * Manifest `vars` may use `${vars.X}`, `${env.X}`, `${secrets.X}` and references. Each var is
 * resolved once into parts: text, plus the secrets and references left for the reference pass,
 * which resolves them where the var is used (so a secret inside a var stays a secret). A var
 * that reaches itself is a cycle (ADO211), reported at the var's definition. `--var` overrides
 * are taken literally. Names are looked up as own keys only: `${vars.__proto__}` or
 * `${env.constructor}` are unknown names, never a property of Object.prototype.
 */

/** The resolved vars, by name. */
export interface ResolvedVars {
  values: ReadonlyMap<string, DeferredPart[]>;
  diagnostics: Diagnostic[];
}

/** Inputs of `resolveVars`. */
export interface ResolveVarsInputs {
  /** The manifest's `vars:` mapping (any value; non-scalars are ignored: the schema reports them). */
  manifestVars: unknown;
  /** `--var K=V` overrides, taken literally. */
  overrides?: Readonly<Record<string, string>>;
  env: Readonly<Record<string, string | undefined>>;
  /** Position of the value at a pointer. */
  locate?: (pointer: string) => SourceLocation | undefined;
}


/** The raw scalar definitions by name, in a prototype-free map. */
function definitions(manifestVars: unknown, overrides: Readonly<Record<string, string>>): Map<string, { text: string; literal: boolean }> {
  const defs = new Map<string, { text: string; literal: boolean }>();
  if (manifestVars !== null && typeof manifestVars === 'object' && !Array.isArray(manifestVars)) {
    for (const [k, v] of Object.entries(manifestVars)) {
      if (typeof v === 'string') defs.set(k, { text: v, literal: false });
      else if (typeof v === 'number' || typeof v === 'boolean') defs.set(k, { text: String(v), literal: true });
    }
  }
  for (const [k, v] of Object.entries(overrides)) defs.set(k, { text: v, literal: true });
  return defs;
}

/** Resolves every var (see the module comment). Pure. */
export function resolveVars(inputs: ResolveVarsInputs): ResolvedVars {
  const defs = definitions(inputs.manifestVars, inputs.overrides ?? {});
  const names = [...defs.keys()];
  const locate = inputs.locate ?? (() => undefined);
  const values = new Map<string, DeferredPart[]>();
  const diagnostics: Diagnostic[] = [];
  const reportedCycles = new Set<string>();

  const resolve = (name: string, stack: string[]): DeferredPart[] => {
    const done = values.get(name);
    if (done) return done;
    const def = defs.get(name)!;
    if (def.literal || !mayHoldExpression(def.text)) {
      const parts = [def.text];
      values.set(name, parts);
      return parts;
    }
    const pointer = joinPointer('/vars', name);
    // found only when a diagnostic needs it: a clean manifest asks for no position
    const source = (): SourceLocation | undefined => locate(pointer);
    const { tokens, problems } = parseTemplate(def.text);
    for (const p of problems) {
      diagnostics.push(makeDiagnostic(CODES.BAD_EXPRESSION, p.message, { path: pointer, source: source(), ...(p.hint ? { hint: p.hint } : {}) }));
    }
    const parts: DeferredPart[] = [];
    const pushText = (t: string): void => {
      const last = parts[parts.length - 1];
      if (typeof last === 'string') parts[parts.length - 1] = last + t;
      else parts.push(t);
    };
    const inner = [...stack, name];
    for (const t of tokens) {
      if (t.kind === 'text') pushText(t.text);
      else if (t.kind === 'ref') parts.push({ ref: { namespace: t.namespace, name: t.name, attr: t.attr, raw: t.raw } });
      else if (t.namespace === 'secrets') parts.push({ secret: t.name });
      else if (t.namespace === 'env') {
        const v = ownEnv(inputs.env, t.name);
        if (v === undefined) {
          diagnostics.push(
            makeDiagnostic(CODES.MISSING_ENV, `environment variable \`${t.name}\` is not set (used by \`${t.raw}\` in var \`${name}\`)`, {
              path: pointer,
              source: source(),
              hint: `export ${t.name}=… before running ado-coolify`,
            }),
          );
          pushText(t.raw);
        } else pushText(v);
      } else if (!defs.has(t.name)) {
        const hint = didYouMean(t.name, names) ?? `declare it under \`vars:\` or pass \`--var ${t.name}=…\``;
        diagnostics.push(makeDiagnostic(CODES.UNKNOWN_VAR, `unknown variable \`${t.name}\` in \`${t.raw}\` (var \`${name}\`)`, { path: pointer, source: source(), hint }));
        pushText(t.raw);
      } else if (inner.includes(t.name)) {
        const cycle = [...inner.slice(inner.indexOf(t.name)), t.name];
        const id = [...new Set(cycle)].sort().join(' ');
        if (!reportedCycles.has(id)) {
          reportedCycles.add(id);
          diagnostics.push(
            makeDiagnostic(CODES.VAR_CYCLE, `vars refer to each other in a cycle: ${cycle.join(' → ')}`, {
              path: pointer,
              source: source(),
              hint: 'give one of these vars a value that does not use the others',
            }),
          );
        }
        pushText(t.raw);
      } else {
        for (const p of resolve(t.name, inner)) {
          if (typeof p === 'string') pushText(p);
          else parts.push(p);
        }
      }
    }
    values.set(name, parts);
    return parts;
  };

  for (const name of names) resolve(name, []);
  return { values, diagnostics };
}
