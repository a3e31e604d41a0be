/**
 * The manifest pipeline in memory: text → parsed document → `${vars|env}` expansion → schema →
 * secrets and references → semantic checks, as one LoadedManifest. Pure: the files are read by
 * the shell (src/engine/manifest-file.ts), which hands over their bytes.
 */
import { createHash } from 'node:crypto';
import type { Diagnostic } from '../model/diagnostic.js';
import { hasErrors } from '../model/diagnostic.js';
import type { SourceLocation } from '../model/source.js';
import type { DependencyEdge } from '../model/resource.js';
import type { ResolvedManifest } from '../manifest/types.js';
import { CODES } from '../model/diagnostic-codes.js';
import { dedupeDiagnostics, makeDiagnostic, sortDiagnostics } from '../diagnostics/make.js';
import { dropCoveredSchemaDiagnostics, schemaIssuesToDiagnostics } from '../schema/issue-diagnostics.js';
import { coerceAt, expandDocument } from '../resolve/expand.js';
import { ownEnv } from '../resolve/own-env.js';
import { resolveVars } from '../resolve/vars.js';
import { resolveReferences } from '../resolve/resolve-refs.js';
import { isObject } from '../manifest/structure.js';
import { runSemanticChecks } from '../validate/semantic.js';
import { checkVarOverrides } from '../validate/var-overrides.js';
import { allowedKeysAt, validateManifestSchema } from '../schema/index.js';
import { parseDotenv } from '../manifest/dotenv.js';
import { parseManifestText } from '../manifest/parse.js';

/** Decodes file bytes; a byte order mark is kept (the parser reports it where it is). */
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * The largest manifest read, in bytes (4 MiB, about 14,000 resources of a typical shape): a
 * larger one is refused with ADO012 before it is parsed, so a wrong or huge file costs neither
 * time nor memory (docs/diagnostics.md).
 */
export const MAX_MANIFEST_BYTES = 4 * 2 ** 20;

/** A secrets file as the shell read it: its text, or why it could not be read. */
export type SecretsFileContent = { path: string; text: string } | { path: string; unreadable: string };

/** Inputs besides the manifest text: `--var` overrides, the environment and secrets. */
export interface ManifestInputs {
  /** `--var K=V` overrides of manifest `vars`. */
  vars?: Record<string, string>;
  /** Environment for `${env.X}` and, last, for secrets (`${secrets.X}` reads env var `X`). */
  env?: Record<string, string | undefined>;
  /** Secrets by name; looked up first. */
  secrets?: Record<string, string>;
  /** A dotenv file with secrets (already read); looked up after `secrets`, before `env`. */
  secretsFile?: SecretsFileContent;
}

/** A loaded manifest: the resolved document (when usable), its edges and every diagnostic. */
export interface LoadedManifest {
  path: string;
  /** sha256 hex of the file bytes ('' when the file could not be read). */
  hash: string;
  /** Undefined when YAML or schema errors make resolution meaningless. */
  manifest?: ResolvedManifest;
  edges: DependencyEdge[];
  /** Every problem found, sorted by position. */
  diagnostics: Diagnostic[];
  /** Position of the key (or value) at a JSON pointer. */
  locate(pointer: string): SourceLocation | undefined;
  /**
   * The secret values the manifest uses or was given (in memory only), so that outputs built
   * from live data (a domain holding `${secrets.X}`) can mask them. Never serialized.
   */
  secretValues?: readonly string[];
}

/** Replaces every occurrence of a secret value in diagnostic text (defence in depth). */
function scrubSecrets(diagnostics: Diagnostic[], secretValues: readonly string[]): Diagnostic[] {
  const values = secretValues.filter((v) => v.length >= 4).sort((a, b) => b.length - a.length);
  if (values.length === 0) return diagnostics;
  const scrub = (s: string): string => values.reduce((acc, v) => acc.split(v).join('***'), s);
  return diagnostics.map((d) => ({ ...d, message: scrub(d.message), ...(d.hint !== undefined ? { hint: scrub(d.hint) } : {}) }));
}

/**
 * Parses, validates and resolves a manifest's content (`path` names it in positions). Never
 * throws for bad input: YAML errors, schema errors, an unreadable secrets file and semantic
 * problems all come back as diagnostics.
 */
export function loadManifestSource(path: string, bytes: Uint8Array | string, options: ManifestInputs = {}): LoadedManifest {
  const env = options.env ?? {};
  const fileStart = { file: path, line: 1, col: 1 };
  const size = typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.byteLength;
  if (size > MAX_MANIFEST_BYTES) {
    const diagnostic = makeDiagnostic(CODES.MANIFEST_TOO_LARGE, `the manifest is ${(size / 2 ** 20).toFixed(1)} MiB, more than the limit of ${MAX_MANIFEST_BYTES / 2 ** 20} MiB`, {
      source: fileStart,
      hint: 'split it into several manifests (one per group of projects) and apply each on its own',
    });
    return { path, hash: '', edges: [], diagnostics: [diagnostic], locate: () => undefined };
  }
  const hash = createHash('sha256').update(bytes).digest('hex');
  const parsed = parseManifestText(typeof bytes === 'string' ? bytes : UTF8.decode(bytes), path);
  const sm = parsed.sourceMap;
  const locate = (p: string): SourceLocation | undefined => sm.locate(p);
  const base = { path, hash, locate };
  if (parsed.doc === undefined) return { ...base, edges: [], diagnostics: sortDiagnostics(parsed.diagnostics) };

  const diagnostics: Diagnostic[] = [...parsed.diagnostics];

  // secrets: options, then the secrets file, then the environment
  let fileSecrets: Record<string, string> = {};
  const secretsFile = options.secretsFile;
  if (secretsFile !== undefined && 'text' in secretsFile) {
    const dotenv = parseDotenv(secretsFile.text);
    fileSecrets = dotenv.values;
    for (const p of dotenv.problems) {
      diagnostics.push(makeDiagnostic(CODES.SECRETS_FILE, `secrets file: ${p.message}`, { source: { file: secretsFile.path, line: p.line, col: 1 } }));
    }
  } else if (secretsFile !== undefined) {
    diagnostics.push(
      makeDiagnostic(CODES.SECRETS_FILE, `cannot read secrets file \`${secretsFile.path}\`: ${secretsFile.unreadable}`, {
        source: { ...fileStart, file: secretsFile.path },
      }),
    );
  }
  // Own keys only: `${secrets.constructor}` is not provided, whatever Object.prototype holds.
  const secret = (name: string): string | undefined => ownEnv(options.secrets ?? {}, name) ?? ownEnv(fileSecrets, name) ?? ownEnv(env, name);

  const rawDoc = parsed.doc;
  const vars = resolveVars({
    manifestVars: isObject(rawDoc) ? rawDoc.vars : undefined,
    overrides: options.vars,
    env,
    locate: (p) => sm.locateValue(p),
  });
  diagnostics.push(...vars.diagnostics);
  const expanded = expandDocument(rawDoc, { vars: vars.values, env, locate: (p) => sm.locateValue(p) });
  diagnostics.push(...expanded.diagnostics);
  const declaredVars = isObject(rawDoc) ? rawDoc.vars : undefined;
  diagnostics.push(...checkVarOverrides(options.vars, declaredVars, expanded.usedVars, () => locate('/vars') ?? fileStart));

  let issues = validateManifestSchema(expanded.doc);
  // `port: ${vars.PORT}` expands to a string; where the schema wants a number, make it one
  let coerced = false;
  for (const issue of issues) {
    if ((issue.keyword !== 'type' && issue.keyword !== 'anyOf') || !expanded.coercible.has(issue.pointer)) continue;
    // an anyOf with a message of its own (e.g. replicas: number or ${vars.X}) hides the type branch
    const wanted = issue.keyword === 'anyOf' ? ['integer', 'number'] : ([] as unknown[]).concat(issue.params.type).map(String);
    coerced = coerceAt(expanded.doc, issue.pointer, wanted) || coerced;
  }
  if (coerced) issues = validateManifestSchema(expanded.doc);

  const schemaDiagnostics = schemaIssuesToDiagnostics(issues, {
    doc: expanded.doc,
    allowedKeysAt,
    keyLocation: (p) => sm.keyLocation(p),
    valueLocation: (p) => sm.valueLocation(p),
  });

  const resolved = resolveReferences(expanded.doc, expanded.deferred, { secret, locate: (p) => sm.locateValue(p) });
  const semantic = runSemanticChecks({
    doc: expanded.doc,
    rawDoc,
    edges: resolved.edges,
    locate,
    locateValue: (p) => sm.locateValue(p),
  });
  diagnostics.push(...dropCoveredSchemaDiagnostics(schemaDiagnostics, semantic), ...resolved.diagnostics, ...semantic);

  const secretValues = [...resolved.usedSecretValues, ...Object.values(options.secrets ?? {}), ...Object.values(fileSecrets)];
  const all = sortDiagnostics(dedupeDiagnostics(scrubSecrets(diagnostics, secretValues)));
  const structural = schemaDiagnostics.length > 0 || hasErrors(parsed.diagnostics);
  const loaded: LoadedManifest = {
    ...base,
    edges: resolved.edges,
    diagnostics: all,
    // the schema accepted the document, so its shape is the Manifest type's
    ...(structural ? {} : { manifest: resolved.doc as ResolvedManifest }),
  };
  // Not enumerable: a serialized LoadedManifest (JSON.stringify, a spread) never carries them.
  Object.defineProperty(loaded, 'secretValues', { value: [...new Set(secretValues.filter((v) => v.length > 0))], enumerable: false });
  return loaded;
}
