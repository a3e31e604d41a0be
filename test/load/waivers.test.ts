import { describe, expect, it } from 'vitest';
import { downgradeWaived, waiveDiagnostics } from '../../src/load/waivers.js';
import type { Diagnostic, DiagnosticCode } from '../../src/model/diagnostic.js';

const d = (code: DiagnosticCode, path: string, severity: Diagnostic['severity'] = 'error'): Diagnostic => ({ severity, code, message: `${code} at ${path}`, path });
const ALL = [
  d('ADO204', '/projects/shop/environments/production/applications/api/env/JWT'),
  d('ADO205', '/coolify/url'),
  d('ADO205', '/projects/shop/environments/production/applications/api/env/HOME'),
  d('ADO101', '/projects'),
];

describe('waivers (UX audit M4, m10)', () => {
  it.each([
    [{}, ['ADO204', 'ADO205', 'ADO205', 'ADO101']],
    [{ missingSecrets: true }, ['ADO205', 'ADO205', 'ADO101']],
    [{ coolifyUrl: true }, ['ADO204', 'ADO205', 'ADO101']],
    [{ missingSecrets: true, coolifyUrl: true }, ['ADO205', 'ADO101']],
  ])('waiving %j keeps %j', (waivers, codes) => {
    expect(waiveDiagnostics(ALL, waivers).map((x) => x.code)).toEqual(codes);
  });

  it('an unset env var outside `coolify` is never waived: the resource would be wrong', () => {
    expect(waiveDiagnostics(ALL, { coolifyUrl: true, missingSecrets: true }).find((x) => x.code === 'ADO205')?.path).toMatch(/env\/HOME$/);
  });

  it('downgrading turns only the waived errors into warnings, saying why', () => {
    const out = downgradeWaived(ALL, { missingSecrets: true }, 'allowed');
    expect(out.map((x) => x.severity)).toEqual(['warning', 'error', 'error', 'error']);
    expect(out[0]!.message).toMatch(/\(allowed\)$/);
  });
});
