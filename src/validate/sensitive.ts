import type { Diagnostic } from '../model/diagnostic.js';
import type { SourceLocation } from '../model/source.js';
import { CODES } from '../model/diagnostic-codes.js';
import { makeDiagnostic } from '../diagnostics/make.js';
import { getAtPointer, joinPointer } from '../manifest/pointer.js';
import { entriesOf, isObject, listEnvironments, listPlaced } from '../manifest/structure.js';

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
  if (!isObject(rawDoc)) return out;
  for (const [name] of entriesOf(rawDoc.s3Storages)) {
    warn(joinPointer('/s3Storages', name, 'key'), `the access key of S3 storage \`${name}\``);
    warn(joinPointer('/s3Storages', name, 'secret'), `the secret key of S3 storage \`${name}\``);
  }
  for (const [project] of entriesOf(rawDoc.projects)) envMap(joinPointer('/projects', project, 'sharedEnv'), 'shared');
  for (const env of listEnvironments(rawDoc)) envMap(joinPointer(env.pointer, 'sharedEnv'), 'shared');
  for (const entry of listPlaced(rawDoc)) {
    envMap(joinPointer(entry.pointer, 'env'), 'env');
    if (entry.kind === 'database') {
      warn(joinPointer(entry.pointer, 'password'), `the password of \`${entry.name}\``);
      warn(joinPointer(entry.pointer, 'rootPassword'), `the root password of \`${entry.name}\``);
    }
    if (entry.kind === 'application') {
      envMap(joinPointer(entry.pointer, 'previews', 'env'), 'preview env');
      warn(joinPointer(entry.pointer, 'git', 'webhookSecret'), `the webhook secret of \`${entry.name}\``);
    }
  }
  return out;
}
