import type { Diagnostic } from '../model/diagnostic.js';
import type { SourceLocation } from '../model/source.js';
import { CODES } from '../model/diagnostic-codes.js';
import { makeDiagnostic } from '../diagnostics/make.js';
import { getAtPointer, joinPointer } from '../manifest/pointer.js';
import { entriesOf, isObject, listEnvironments, listPlaced } from '../manifest/structure.js';
import type { ResourceKind } from '../model/address.js';
import { specFor } from '../kinds/registry.js';

/**
 * Warns about literal values in sensitive fields: passwords, S3 keys, webhook secrets and
 * env vars whose name looks secret. Such values live in the repository in clear text; they
 * should come from `${secrets.X}`. The message never repeats the value.
 */

/** Env var names that look secret: `*_SECRET`, `*_TOKEN`, `*_PASSWORD`, `*_API_KEY`, `*_PRIVATE_KEY`. */
export const SECRET_ENV_NAME = /(^|_)(SECRET|TOKEN|PASSWORD|API_KEY|PRIVATE_KEY)$/i;

/** True when the raw (unexpanded) text is a literal: no secret, reference or env lookup in it. */
export function isLiteral(raw: unknown): boolean {
  if (typeof raw === 'number') return true;
  if (typeof raw !== 'string' || raw === '') return false;
  return !/\$\{\s*(secrets|env|databases|applications|services)\./.test(raw.replace(/\$\$\{/g, ''));
}

/** Finds literal values in sensitive fields of the raw document. */
export function checkLiteralSecrets(rawDoc: unknown, locate: (pointer: string) => SourceLocation | undefined): Diagnostic[] {
  const out: Diagnostic[] = [];
  const warn = (pointer: string, what: string): void => {
    if (!isLiteral(getAtPointer(rawDoc, pointer))) return;
    out.push(
      makeDiagnostic(CODES.LITERAL_SECRET, `${what} is written in clear text in the manifest`, {
        path: pointer,
        source: locate(pointer),
        hint: 'use `${secrets.NAME}` and provide the value through the environment or --secrets-file',
      }),
    );
  };
  const envMap = (pointer: string, owner: string): void => {
    for (const [key, v] of entriesOf(getAtPointer(rawDoc, pointer))) {
      if (!SECRET_ENV_NAME.test(key)) continue;
      const valuePointer = isObject(v) ? joinPointer(pointer, key, 'value') : joinPointer(pointer, key);
      warn(valuePointer, `${owner} variable \`${key}\``);
    }
  };
  // The kind's table says which keys of an entry hold secrets.
  const check = (kind: ResourceKind, pointer: string, owner: string): void => {
    for (const key of specFor(kind).literalSecretKeys) {
      if ('envMap' in key) envMap(joinPointer(pointer, ...key.envMap), key.what);
      else warn(joinPointer(pointer, ...key.value), `${key.what} of ${owner}`);
    }
  };
  if (!isObject(rawDoc)) return out;
  for (const [name] of entriesOf(rawDoc.s3Storages)) check('s3Storage', joinPointer('/s3Storages', name), `S3 storage \`${name}\``);
  for (const [project] of entriesOf(rawDoc.projects)) check('project', joinPointer('/projects', project), `project \`${project}\``);
  for (const env of listEnvironments(rawDoc)) check('environment', env.pointer, `environment \`${env.environment}\``);
  for (const entry of listPlaced(rawDoc)) check(entry.kind, entry.pointer, `\`${entry.name}\``);
  return out;
}
