/**
 * The server operations' validation wait: done when Coolify marks the server reachable and
 * usable, failed with the first line of a log the validation wrote, and not failed by the log an
 * earlier validation left until this one is seen to have started.
 */
import { describe, expect, it } from 'vitest';
import { validationProbe } from '../../src/kind-ops/server.js';
import type { KindOpsContext } from '../../src/kind-ops/types.js';

/** A context whose `servers.get` answers the given records in turn (the last one repeats). */
function ctxAnswering(...answers: Array<Record<string, unknown>>): KindOpsContext {
  let i = 0;
  const client = { servers: { get: async () => answers[Math.min(i++, answers.length - 1)] } };
  return { client } as unknown as KindOpsContext;
}

const OLD = 'Server is not reachable. <br>Error: old';

describe('server validation probe', () => {
  it('is done once reachable and usable; waits with a status before', async () => {
    const probe = validationProbe(ctxAnswering({ is_validating: true, settings: {} }, { settings: { is_reachable: true, is_usable: true } }), 'u', undefined);
    expect(await probe()).toEqual({ done: false, status: 'validating' });
    expect(await probe()).toEqual({ done: true, value: 'validated: reachable and usable' });
  });

  it('fails with the log a new validation wrote, tags dropped', async () => {
    const probe = validationProbe(ctxAnswering({ is_validating: false, validation_logs: 'Server is not reachable.<br><div class="x">Error: ssh: refused</div>', settings: {} }), 'u', undefined);
    expect(await probe()).toEqual({ failed: true, reason: 'Server is not reachable. Error: ssh: refused' });
  });

  it('does not fail on the log of an earlier validation until the job has started', async () => {
    const probe = validationProbe(
      ctxAnswering(
        { is_validating: false, validation_logs: OLD, settings: {} },
        { is_validating: false, validation_logs: null, settings: {} },
        { is_validating: false, validation_logs: OLD, settings: {} },
      ),
      'u',
      'Server is not reachable. Error: old',
    );
    expect(await probe()).toEqual({ done: false, status: 'not reachable yet' });
    expect(await probe()).toEqual({ done: false, status: 'not reachable yet' });
    expect(await probe()).toEqual({ failed: true, reason: 'Server is not reachable. Error: old' });
  });
});
