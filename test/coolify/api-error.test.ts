import { describe, expect, it } from 'vitest';
import { errorFromResponse, normalizeFieldErrors } from '../../src/coolify/api-error.js';
import { Redactor } from '../../src/coolify/redact.js';

describe('normalizeFieldErrors', () => {
  it('handles Laravel failed() shapes, non-objects and mixed bodies', () => {
    expect(normalizeFieldErrors({ errors: { name: { Required: [] } } })).toEqual({ name: ['Failed rule: Required.'] });
    expect(normalizeFieldErrors('nope')).toEqual({});
    expect(normalizeFieldErrors(null)).toEqual({});
    expect(normalizeFieldErrors({ message: 'x', docs: 'y', errors: { a: ['1'] }, b: ['2'] })).toEqual({ a: ['1'], b: ['2'] });
  });

  it('a JSON 400 "Invalid request." points at a client bug', () => {
    const err = errorFromResponse({
      method: 'POST', path: '/projects', status: 400,
      body: { message: 'Invalid request.', error: 'Content-Type must be application/json.' },
      redactor: new Redactor([]),
    });
    expect(err.code).toBe('COOLIFY_BAD_REQUEST');
    expect(err.hint).toMatch(/bug in ado-coolify/);
  });
});
