/**
 * The KindSpec facts the validator and the day-2 commands read instead of branching on the
 * kind: description length limit (ADO401), keys that should hold secrets (ADO310) and the
 * live URLs `deploy` prints. Each is a required field, so a new kind must state it.
 */
import { describe, expect, it } from 'vitest';
import { KIND_ORDER, specFor } from '../../src/kinds/registry.js';
import { srcModule, typeErrors } from './type-errors.js';

describe('the KindSpec facts of validate and day 2', () => {
  it('only services (longText) and kinds without a description have no description length limit', () => {
    expect(KIND_ORDER.filter((k) => !specFor(k).descriptionHasLengthLimit)).toEqual(['notification', 'githubApp', 'gitlabApp', 'serverRegistry', 'cloudToken', 'cloudInitScript', 'destination', 'backup', 'storage', 'scheduledTask', 'network', 'service', 'serviceApplication', 'serviceDatabase']);
    for (const k of KIND_ORDER) if (!specFor(k).description) expect(specFor(k).descriptionHasLengthLimit, k).toBe(false);
  });

  it('the secret values of each kind are exactly its sensitive fields', () => {
    for (const k of KIND_ORDER) {
      const values = specFor(k).literalSecretKeys.flatMap((key) => ('value' in key ? [key.value.join('.')] : []));
      // An application's secret manager token is declared at `secretManagers.NAME.token` (the
      // schema refuses a literal there), not under the application: not one of its keys.
      // A cloud-init script's text is redacted like a secret (Coolify encrypts it and a script
      // often carries credentials), but it is configuration a user writes in the manifest: a
      // literal is expected there, so it is not a key that should hold `${secrets.*}`.
      // A provisioned server's `provision.cloudInitScript` names a script; its wire field holds a
      // copy of that text, redacted the same way.
      const literalAllowed = (label: string): boolean => (k === 'cloudInitScript' && label === 'script') || (k === 'server' && label === 'provision.cloudInitScript');
      const sensitive = specFor(k).fields.filter((f) => f.sensitive && f.via !== 'secretManager' && !literalAllowed(f.label)).map((f) => f.label);
      expect(values.sort(), k).toEqual([...new Set(sensitive)].sort());
    }
  });

  it('env maps are checked where the kind has env vars (and previews.env for applications)', () => {
    const maps = (k: (typeof KIND_ORDER)[number]) => specFor(k).literalSecretKeys.flatMap((key) => ('envMap' in key ? [key.envMap.join('.')] : []));
    expect(Object.fromEntries(KIND_ORDER.map((k) => [k, maps(k)]))).toEqual({
      project: ['sharedEnv'],
      environment: ['sharedEnv'],
      s3Storage: [],
      privateKey: [],
      notification: [],
      githubApp: [],
      gitlabApp: [],
      server: [],
      serverRegistry: [],
      cloudToken: [],
      cloudInitScript: [],
      destination: [],
      database: ['env'],
      backup: [],
      application: ['env', 'previews.env'],
      storage: [],
      scheduledTask: [],
      network: [],
      service: ['env'],
      serviceApplication: [],
      serviceDatabase: [],
    });
    for (const k of KIND_ORDER) expect(maps(k).includes('env'), k).toBe(specFor(k).env !== undefined);
  });

  it('deploy prints the fqdn of applications only', () => {
    expect(KIND_ORDER.filter((k) => specFor(k).liveFqdn !== null)).toEqual(['application']);
    const fqdn = specFor('application').liveFqdn!;
    expect([fqdn({ fqdn: 'https://a.example.com,https://b.example.com' }), fqdn({}), fqdn({ fqdn: 3 })]).toEqual(['https://a.example.com,https://b.example.com', '', '']);
  });

  it('a kind that omits one of them does not compile', () => {
    const out = typeErrors(
      `import type { KindSpec } from '${srcModule('kinds/spec.js')}';\nimport { PROJECT_SPEC } from '${srcModule('kinds/project.js')}';\n` +
        ['descriptionHasLengthLimit', 'literalSecretKeys', 'liveFqdn']
          .map((f, i) => `const { ${f}: _${i}, ...rest${i} } = PROJECT_SPEC;\nexport const BROKEN_${i}: KindSpec = rest${i};\n`)
          .join(''),
    );
    expect(out).toMatch(/Property 'descriptionHasLengthLimit' is missing/);
    expect(out).toMatch(/Property 'literalSecretKeys' is missing/);
    expect(out).toMatch(/Property 'liveFqdn' is missing/);
  }, 60_000);
});
