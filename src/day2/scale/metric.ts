/** Reads an autoscale metric (Prometheus text endpoint or Redis list length) (I/O). */
import type { AutoscaleSpec } from '../../manifest/types.js';
import { AdoError } from '../../errors.js';
import { readPrometheusMetric } from './prometheus.js';
import { readRedisListLength } from './redis.js';

/** A metric source with its concrete (materialised) URL. */
export type MetricSource = { prometheus: { url: string; query: string } } | { redis: { url: string; list: string } };

/** A value read and how to call it in messages. */
export interface MetricReading {
  value: number;
  label: string;
}

/** Reads the metric. `fetchImpl` is injectable for tests. */
export async function readMetric(source: MetricSource, fetchImpl: typeof fetch = fetch): Promise<MetricReading> {
  if ('prometheus' in source) {
    return { value: await readPrometheusMetric(source.prometheus.url, source.prometheus.query, fetchImpl), label: source.prometheus.query };
  }
  if ('redis' in source) return { value: await readRedisListLength(source.redis.url, source.redis.list), label: 'queue length' };
  throw new AdoError('ADO_BAD_METRIC', 'autoscale metric needs `prometheus` or `redis`');
}

/** The manifest metric kinds, for documentation and type checks. */
export type ManifestMetric = AutoscaleSpec['metric'];
