/**
 * Every endpoint the client calls has conformance cases: at least one `success` case (status,
 * shape, stored values). A new client endpoint without a case fails here.
 */
import { describe, expect, it } from 'vitest';
import { clientEndpoints } from './client-endpoints.js';
import { loadCases } from './load-cases.js';

const cases = await loadCases();
const endpoints = await clientEndpoints();

describe('conformance coverage', () => {
  it('finds the client endpoints (sanity)', () => {
    expect(endpoints.size).toBeGreaterThan(60);
    expect([...endpoints.keys()]).toContain('POST /projects');
  });

  it('every case names an endpoint the client calls', () => {
    const unknown = cases.filter((c) => !endpoints.has(c.endpoint)).map((c) => `${c.id}: ${c.endpoint}`);
    expect(unknown, 'cases whose endpoint the client does not call (typo, or the client route form differs)').toEqual([]);
  });

  it('every endpoint the client calls has a success case', () => {
    const withSuccess = new Set(cases.filter((c) => c.kind === 'success').map((c) => c.endpoint));
    const missing = [...endpoints.entries()].filter(([e]) => !withSuccess.has(e)).map(([e, methods]) => `${e}  (client: ${[...methods].join(', ')})`).sort();
    expect(missing, 'client endpoints without a success conformance case').toEqual([]);
  });
});
