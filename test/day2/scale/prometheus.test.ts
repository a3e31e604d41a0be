import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { parsePrometheusText, parseSelector, readPrometheusMetric, selectValue } from '../../../src/day2/scale/prometheus.js';

const TEXT = `# HELP queue_depth Jobs waiting
# TYPE queue_depth gauge
queue_depth{queue="jobs",region="eu"} 130
queue_depth{queue="mail"} 5 1700000000000
up 1
odd{path="a\\"b"} +Inf
bad line here
`;

describe('prometheus text format', () => {
  it('parses samples, labels, escapes and special values', () => {
    const samples = parsePrometheusText(TEXT);
    expect(samples).toEqual([
      { name: 'queue_depth', labels: { queue: 'jobs', region: 'eu' }, value: 130 },
      { name: 'queue_depth', labels: { queue: 'mail' }, value: 5 },
      { name: 'up', labels: {}, value: 1 },
      { name: 'odd', labels: { path: 'a"b' }, value: Infinity },
      { name: 'bad', labels: {}, value: NaN },
    ]);
  });

  it('selects by name (summed) or by labels', () => {
    const samples = parsePrometheusText(TEXT);
    expect(selectValue(samples, parseSelector('queue_depth'))).toBe(135);
    expect(selectValue(samples, parseSelector('queue_depth{queue="jobs"}'))).toBe(130);
    expect(selectValue(samples, parseSelector('missing'))).toBeUndefined();
    expect(() => parseSelector('rate(x[5m])')).toThrow(/not a metric name/);
  });

  it('reads a metric from an endpoint on 127.0.0.1; missing sample and unreachable are clear errors', async () => {
    const server = createServer((_q, r) => r.end(TEXT));
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/metrics`;
    try {
      expect(await readPrometheusMetric(url, 'queue_depth{queue="jobs"}')).toBe(130);
      await expect(readPrometheusMetric(url, 'nope')).rejects.toThrow(/no sample "nope"/);
    } finally {
      await new Promise<void>((ok) => server.close(() => ok()));
    }
    await expect(readPrometheusMetric(url, 'up')).rejects.toThrow(/cannot read the metrics endpoint/);
  });
});
