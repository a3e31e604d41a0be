import { describe, expect, it } from 'vitest';
import { ServeMetrics } from '../../src/serve/metrics.js';
import type { StatusResource } from '../../src/serve/types.js';

const resource = (sync: StatusResource['sync'], health: StatusResource['health']): StatusResource =>
  ({ address: 'p/e/application/a', project: 'p', environment: 'e', kind: 'application', name: 'a', path: 'ado.coolify.yaml', sync, health, change: null }) as StatusResource;

/** The exposition text's sample lines as name{labels} → value. */
function samples(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const m = /^(.+) (\S+)$/.exec(line);
    expect(m, line).not.toBeNull();
    out.set(m![1]!, Number(m![2]));
  }
  return out;
}

describe('the serve metrics', () => {
  it('starts at zero with every metric declared (HELP and TYPE before its samples)', () => {
    const text = new ServeMetrics().render();
    for (const name of ['ado_coolify_syncs_total', 'ado_coolify_out_of_sync_resources', 'ado_coolify_degraded_resources', 'ado_coolify_last_sync_timestamp_seconds', 'ado_coolify_apply_duration_seconds', 'ado_coolify_requests_total', 'ado_coolify_rate_limit_waits_total']) {
      expect(text).toContain(`# HELP ${name} `);
      expect(text).toMatch(new RegExp(`# TYPE ${name} (counter|gauge|histogram)`));
    }
    const s = samples(text);
    expect(s.get('ado_coolify_syncs_total{result="Failed"}')).toBe(0);
    expect(s.get('ado_coolify_apply_duration_seconds_count')).toBe(0);
  });

  it('counts cycles by result and sets the gauges from the last successful one', () => {
    const m = new ServeMetrics();
    m.recordCycle('OutOfSync', 1_700_000_000_000, [resource('OutOfSync', 'Healthy'), resource('Missing', 'Missing'), resource('Synced', 'Degraded')]);
    m.recordCycle('Failed', 1_700_000_060_000, []);
    const s = samples(m.render());
    expect(s.get('ado_coolify_syncs_total{result="OutOfSync"}')).toBe(1);
    expect(s.get('ado_coolify_syncs_total{result="Failed"}')).toBe(1);
    expect(s.get('ado_coolify_out_of_sync_resources')).toBe(2);
    expect(s.get('ado_coolify_degraded_resources')).toBe(1);
    expect(s.get('ado_coolify_last_sync_timestamp_seconds')).toBe(1_700_000_060);
  });

  it('keeps a cumulative apply histogram', () => {
    const m = new ServeMetrics();
    for (const ms of [500, 4_000, 4_000, 3_600_000]) m.recordApply(ms);
    const s = samples(m.render());
    expect(s.get('ado_coolify_apply_duration_seconds_bucket{le="1"}')).toBe(1);
    expect(s.get('ado_coolify_apply_duration_seconds_bucket{le="5"}')).toBe(3);
    expect(s.get('ado_coolify_apply_duration_seconds_bucket{le="1800"}')).toBe(3);
    expect(s.get('ado_coolify_apply_duration_seconds_bucket{le="+Inf"}')).toBe(4);
    expect(s.get('ado_coolify_apply_duration_seconds_sum')).toBe(3608.5);
  });

  it('counts requests by endpoint template and status, and rate-limit waits; label values escaped', () => {
    const m = new ServeMetrics();
    m.onClientEvent({ type: 'request', method: 'GET', endpoint: '/applications/{uuid}', status: 200 } as never);
    m.onClientEvent({ type: 'request', method: 'GET', endpoint: '/applications/{uuid}', status: 200 } as never);
    m.onClientEvent({ type: 'request', method: 'POST', endpoint: '/a"b', failure: 'timeout' } as never);
    m.onClientEvent({ type: 'rate-limit' } as never);
    const s = samples(m.render());
    expect(s.get('ado_coolify_requests_total{endpoint="GET /applications/{uuid}",status="200"}')).toBe(2);
    expect(s.get('ado_coolify_requests_total{endpoint="POST /a\\"b",status="timeout"}')).toBe(1);
    expect(s.get('ado_coolify_rate_limit_waits_total')).toBe(1);
  });
});
