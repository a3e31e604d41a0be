import { describe, expect, it } from 'vitest';
import { deploymentLogTail, LOG_TAIL_LINES, scrubLogLines } from '../../../src/apply/steps/log-tail.js';

const entry = (output: string, hidden = false): Record<string, unknown> => ({ command: null, output, type: 'stdout', timestamp: '2026-12-02T20:00:00.000000Z', hidden, batch: 1 });

describe('deploymentLogTail', () => {
  it('keeps the visible entries only, split into lines, blank lines dropped', () => {
    const logs = JSON.stringify([entry('one'), entry('docker run --secret-debug', true), entry('two\n\nthree'), entry('  ')]);
    expect(deploymentLogTail(logs)).toEqual(['one', 'two', 'three']);
  });

  it('answers the last lines only', () => {
    const logs = JSON.stringify(Array.from({ length: 50 }, (_, i) => entry(`line ${i}`)));
    const tail = deploymentLogTail(logs);
    expect(tail).toHaveLength(LOG_TAIL_LINES);
    expect(tail.at(-1)).toBe('line 49');
    expect(deploymentLogTail(logs, 3)).toEqual(['line 47', 'line 48', 'line 49']);
  });

  it('reads plain text, and answers nothing for no logs (no read:sensitive) or a non-array', () => {
    expect(deploymentLogTail('a\r\nb\n')).toEqual(['a', 'b']);
    expect(deploymentLogTail(undefined)).toEqual([]);
    expect(deploymentLogTail(null)).toEqual([]);
    expect(deploymentLogTail('')).toEqual([]);
    expect(deploymentLogTail('{"output":"x"}')).toEqual([]);
  });

  it('hidden as Coolify may store it (true, 1) is hidden too', () => {
    const logs = JSON.stringify([{ output: 'a', hidden: 1 }, { output: 'b', hidden: true }, { output: 'c' }]);
    expect(deploymentLogTail(logs)).toEqual(['c']);
  });
});

describe('scrubLogLines', () => {
  const CANARY = 'CANARY-jwt-7f3a9c';
  it('replaces a secret in any echo form, and leaves other lines alone', () => {
    const out = scrubLogLines([`export JWT=${CANARY}`, `b64 ${Buffer.from(CANARY).toString('base64')}`, 'plain line'], [CANARY]);
    expect(out.join('\n')).not.toContain(CANARY);
    expect(out.join('\n')).not.toContain(Buffer.from(CANARY).toString('base64'));
    expect(out[0]).toBe('export JWT=[redacted]');
    expect(out[2]).toBe('plain line');
  });
});
