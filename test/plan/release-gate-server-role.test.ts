import { describe, expect, it } from 'vitest';
import { lowerServer } from '../../src/kinds/server.js';
import type { DesiredState } from '../../src/model/resource.js';
import type { Resolved, ServerSpec } from '../../src/manifest/types.js';
import { gateByRelease } from '../../src/plan/release-gate.js';
import { buildCreateRequest } from '../../src/kinds/payload.js';

const state = (entry: Partial<Resolved<ServerSpec>>): DesiredState => ({
  resources: [lowerServer('edge', { ip: '10.0.0.9', privateKey: 'deploy', ...entry } as Resolved<ServerSpec>)], edges: [], projects: [],
});
const ctx = { refs: () => undefined, resolveUuid: () => 'uuid-of-deploy' };

// contracts: coolify-v4.4.2.json create_server/update_server accept `server_role` (ServerRole:
// deployment, build, both); 4.3.11 and 4.3.23 accept only `is_build_server`.
describe('the build role per release', () => {
  it('4.4.2: buildServer: true is sent as server_role build, not is_build_server', () => {
    const { desired, diagnostics } = gateByRelease(state({ buildServer: true }), '4.4.2', '4.4.2');
    const body = buildCreateRequest(desired.resources[0]!, ctx).body;
    expect(body).toMatchObject({ server_role: 'build' });
    expect(body).not.toHaveProperty('is_build_server');
    expect(diagnostics).toEqual([]);
  });

  it('4.3.x: buildServer and role build / both are sent as is_build_server, without a warning', () => {
    for (const release of ['4.3.11', '4.3.23']) {
      for (const [entry, flag] of [[{ buildServer: true }, true], [{ role: 'build' }, true], [{ role: 'both' }, false], [{ buildServer: false }, false]] as const) {
        const { desired, diagnostics } = gateByRelease(state(entry), release, release);
        const body = buildCreateRequest(desired.resources[0]!, ctx).body;
        expect(body.is_build_server, `${release} ${JSON.stringify(entry)}`).toBe(flag);
        expect(body).not.toHaveProperty('server_role');
        expect(diagnostics).toEqual([]);
      }
    }
  });

  it('4.3.x: role deployment has no 4.3 form: left out with ADO505', () => {
    const { desired, diagnostics } = gateByRelease(state({ role: 'deployment' }), '4.3.11', '4.3.15');
    const fields = desired.resources[0]!.fields;
    expect(fields).not.toHaveProperty('server_role');
    expect(fields).not.toHaveProperty('is_build_server');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'ADO505', severity: 'warning', address: 'sv/edge' });
    expect(diagnostics[0]!.message).toContain('role needs Coolify 4.4.2 or newer');
  });

  it('4.4.2: role deployment is sent as is', () => {
    const { desired } = gateByRelease(state({ role: 'deployment' }), '4.4.2', '4.4.2');
    expect(buildCreateRequest(desired.resources[0]!, ctx).body).toMatchObject({ server_role: 'deployment' });
  });
});
