import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Diagnostic } from '../model/diagnostic.js';
import { hasErrors } from '../model/diagnostic.js';
import type { SourceLocation } from '../model/source.js';
import type { DependencyEdge } from '../model/resource.js';
import type { ResolvedManifest } from './types.js';
import { CODES } from '../diagnostics/codes.js';
import { dedupeDiagnostics, makeDiagnostic, sortDiagnostics } from '../diagnostics/make.js';
import { dropCoveredSchemaDiagnostics, schemaIssuesToDiagnostics } from '../diagnostics/schema-issues.js';
import { coerceAt, expandDocument, mergeVars } from '../resolve/expand.js';
import { resolveReferences } from '../resolve/resolve-refs.js';
import { isObject } from '../resolve/structure.js';
import { runSemanticChecks } from '../validate/semantic.js';
import { checkVarOverrides } from '../validate/var-overrides.js';
import { allowedKeysAt, validateManifestSchema } from '../schema/index.js';
import { parseDotenv } from './dotenv.js';
import { parseManifestText } from './parse.js';

/** Inputs besides the file: `--var` overrides, the environment and secrets. */
export interface LoadManifestOptions {
  /** `--var K=V` overrides of manifest `vars`. */
  vars?: Record<string, string>;
  /** Environment for `${env.X}` and, last, for secrets (`${secrets.X}` reads env var `X`). */
  env?: Record<string, string | undefined>;
  /** Secrets by name; looked up first. */
  secrets?: Record<string, string>;
  /** A dotenv file with secrets; looked up after `secrets`, before `env`. */
  secretsFile?: string;
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
}

/** Replaces every occurrence of a secret value in diagnostic text (defence in depth). */
function scrubSecrets(diagnostics: Diagnostic[], secretValues: readonly string[]): Diagnostic[] {
  const values = secretValues.filter((v) => v.length >= 4).sort((a, b) => b.length - a.length);
  if (values.length === 0) return diagnostics;
  const scrub = (s: string): string => values.reduce((acc, v) => acc.split(v).join('***'), s);
  return diagnostics.map((d) => ({ ...d, message: scrub(d.message), ...(d.hint !== undefined ? { hint: scrub(d.hint) } : {}) }));
}

/**
 * Reads, parses, validates and resolves a manifest. Never throws for bad input: an unreadable
 * file, YAML errors, schema errors and semantic problems all come back as diagnostics.
 */
export async function loadManifest(path: string, options: LoadManifestOptions = {}): Promise<LoadedManifest> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (code ?? 'read error');
    return {
      path,
      hash: '',
      edges: [],
      diagnostics: [
        makeDiagnostic(CODES.FILE_UNREADABLE, `cannot read manifest \`${path}\`: ${why}`, {
          hint: 'pass the manifest with -f FILE (default: ado.coolify.yaml in the current directory)',
        }),
      ],
      locate: () => undefined,
    };
  }
  return loadManifestBytes(path, bytes, options);
}

/**
 * Like `loadManifest`, for content already in memory (`path` is only used in positions).
 * Never throws for bad input.
 */
export async function loadManifestBytes(path: string, bytes: Uint8Array | string, options: LoadManifestOptions = {}): Promise<LoadedManifest> {
  const env = options.env ?? {};
  const fileStart = { file: path, line: 1, col: 1 };
  const hash = createHash('sha256').update(bytes).digest('hex');
  const parsed = parseManifestText(typeof bytes === 'string' ? bytes : Buffer.from(bytes).toString('utf8'), path);
  const sm = parsed.sourceMap;
  const locate = (p: string): SourceLocation | undefined => sm.locate(p);
  const base = { path, hash, locate };
  if (parsed.doc === undefined) return { ...base, edges: [], diagnostics: sortDiagnostics(parsed.diagnostics) };

  const diagnostics: Diagnostic[] = [...parsed.diagnostics];

  // secrets: options, then the secrets file, then the environment
  let fileSecrets: Record<string, string> = {};
  if (options.secretsFile !== undefined) {
    try {
      const dotenv = parseDotenv(await readFile(options.secretsFile, 'utf8'));
      fileSecrets = dotenv.values;
      for (const p of dotenv.problems) {
        diagnostics.push(
          makeDiagnostic(CODES.SECRETS_FILE, `secrets file: ${p.message}`, { source: { file: options.secretsFile, line: p.line, col: 1 } }),
        );
      }
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? 'read error';
      diagnostics.push(
        makeDiagnostic(CODES.SECRETS_FILE, `cannot read secrets file \`${options.secretsFile}\`: ${code === 'ENOENT' ? 'no such file' : code}`, {
          source: { ...fileStart, file: options.secretsFile },
        }),
      );
    }
  }
  const secret = (name: string): string | undefined => options.secrets?.[name] ?? fileSecrets[name] ?? env[name];

  const rawDoc = parsed.doc;
  const vars = mergeVars(isObject(rawDoc) ? rawDoc.vars : undefined, options.vars);
  const expanded = expandDocument(rawDoc, { vars, env, locate: (p) => sm.locateValue(p) });
  diagnostics.push(...expanded.diagnostics);
  const declaredVars = isObject(rawDoc) ? rawDoc.vars : undefined;
  diagnostics.push(...checkVarOverrides(options.vars, declaredVars, expanded.usedVars, locate('/vars') ?? fileStart));

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
  return {
    ...base,
    edges: resolved.edges,
    diagnostics: all,
    // the schema accepted the document, so its shape is the Manifest type's
    ...(structural ? {} : { manifest: resolved.doc as ResolvedManifest }),
  };
}
