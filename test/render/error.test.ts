import { describe, expect, it } from 'vitest';
import { AdoError, ExitCode } from '../../src/errors.js';
import { debugRequested, renderError } from '../../src/render/error.js';

describe('renderError', () => {
  it('gives an AdoError its code, hint and exit code, without the stack', () => {
    const err = new AdoError('ADO_LOCKED', 'it broke', { hint: 'try again', exitCode: ExitCode.Partial });
    expect(renderError(err, { debug: false })).toEqual({ text: 'error: it broke [ADO_LOCKED]\nhint: try again\n', exitCode: 3 });
  });

  it('calls anything else an internal error (exit 1), with the stack only when debugging', () => {
    const err = new TypeError('x is undefined');
    const plain = renderError(err, { debug: false });
    expect(plain).toEqual({ text: 'error: internal error: x is undefined\nhint: this is a bug in ado-coolify; rerun with ADO_COOLIFY_DEBUG=1 and report it.\n', exitCode: 1 });
    expect(renderError(err, { debug: true }).text).toContain('TypeError: x is undefined\n    at ');
  });

  it('debugs only on ADO_COOLIFY_DEBUG=1', () => {
    expect(debugRequested({ ADO_COOLIFY_DEBUG: '1' })).toBe(true);
    expect(debugRequested({ ADO_COOLIFY_DEBUG: 'true' })).toBe(false);
    expect(debugRequested({})).toBe(false);
  });
});
