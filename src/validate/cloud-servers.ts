/**
 * Checks of cloud-provisioned servers (`servers.NAME.provision`) that the JSON Schema cannot
 * express, each after a rule of Coolify 4.3.11 so the create is not refused half-way through an
 * apply (the scripts' own ADO551 is validate/cloud-init-scripts.ts):
 * - ADO552: a provisioned server's name ValidHostname refuses (createServer's 'name' rule, e.g.
 *   HetznerController.php:765: an `_` is no host-name character);
 * - ADO553: `provision.cloudInitScript` naming no entry of `cloudInitScripts:` (the text is copied
 *   from there: Coolify's create takes the text, not a script's uuid);
 * - ADO554: `provision.token` naming a declared token of another provider (createServer
 *   finds the token `where('provider', …)`, HetznerController.php:839-847: 404 otherwise).
 */
import type { Diagnostic } from '../model/diagnostic.js';
import type { SourceLocation } from '../model/source.js';
import { CODES } from '../model/diagnostic-codes.js';
import { makeDiagnostic } from '../diagnostics/make.js';
import { joinPointer } from '../manifest/pointer.js';
import { entriesOf, isObject } from '../manifest/structure.js';

/** ValidHostname's per-label rule (app/Rules/ValidHostname.php), names being lower-case already. */
const HOST_LABEL = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;

/** Runs the checks on a possibly invalid document; never throws. */
export function checkCloudServers(doc: unknown, locate: (pointer: string) => SourceLocation | undefined, locateValue: (pointer: string) => SourceLocation | undefined): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (!isObject(doc)) return out;
  const add = (info: (typeof CODES)[keyof typeof CODES], message: string, pointer: string, hint: string, atValue: boolean): void => {
    out.push(makeDiagnostic(info, message, { path: pointer, source: atValue ? locateValue(pointer) : locate(pointer), hint }));
  };
  const scripts = new Set(entriesOf(doc.cloudInitScripts).map(([n]) => n));
  const tokens = new Map(entriesOf(doc.cloudTokens).map(([n, t]) => [n, isObject(t) ? t.provider : undefined] as const));
  for (const [name, server] of entriesOf(doc.servers)) {
    if (!isObject(server) || !isObject(server.provision)) continue;
    const provision = server.provision;
    const at = joinPointer('/servers', name);
    if (!name.split('.').every((label) => HOST_LABEL.test(label))) {
      add(CODES.PROVISION_NAME, `server \`${name}\` is bought at a cloud provider under its name, which Coolify refuses as a host name`, at, 'use lower-case letters, digits and `-` (no `_`), not starting or ending with `-`', false);
    }
    const script = provision.cloudInitScript;
    if (typeof script === 'string' && !scripts.has(script)) {
      add(CODES.PROVISION_UNKNOWN_SCRIPT, `server \`${name}\`: cloud-init script \`${script}\` is not declared`, joinPointer(at, 'provision', 'cloudInitScript'), `declare it under \`cloudInitScripts:\`${scripts.size > 0 ? ` (declared: ${[...scripts].join(', ')})` : ''}`, true);
    }
    const token = provision.token;
    const tokenProvider = typeof token === 'string' ? tokens.get(token) : undefined;
    if (typeof tokenProvider === 'string' && typeof provision.provider === 'string' && tokenProvider !== provision.provider) {
      add(CODES.PROVISION_TOKEN_PROVIDER, `server \`${name}\` is a ${provision.provider} server, but cloud token \`${String(token)}\` is a ${tokenProvider} token`, joinPointer(at, 'provision', 'token'), `name a ${provision.provider} token, or set \`provider: ${tokenProvider}\``, true);
    }
  }
  return out;
}
