import { describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { createProgressReporter } from '../../src/engine/progress-reporter.js';
import type { PlanStep } from '../../src/model/plan.js';
import { addr } from '../helpers/address.js';

const STEP: PlanStep = { id: 'p/e/application/api:create', address: addr('p/e/application/api'), op: 'create', dependsOn: [] };

function sink(): { stream: Writable; text: () => string } {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer | string, _enc, done) {
      text += chunk.toString();
      done();
    },
  });
  return { stream, text: () => text };
}

describe('createProgressReporter', () => {
  it('writes one time-stamped line per event in lines mode, labelling steps by what they do', () => {
    const out = sink();
    let now = 1000;
    const reporter = createProgressReporter(out.stream, 'lines', () => now);
    reporter.onEvent({ type: 'apply-started', steps: [STEP], parallelism: 1 });
    now = 1500;
    reporter.onEvent({ type: 'step-started', stepId: STEP.id, address: STEP.address, op: STEP.op, at: 500 });
    now = 3000;
    reporter.onEvent({ type: 'step-finished', stepId: STEP.id, ms: 1500, detail: 'uuid abc' });
    reporter.close();
    expect(out.text().split('\n')).toEqual([
      'Applying 1 step for 1 resource (parallelism 1)',
      '[  0.5s] … create p/e/application/api',
      '[  2.0s] ✓ create p/e/application/api (1.5s) uuid abc',
      '',
    ]);
  });

  it('keeps a live block of running steps in tty mode and clears it when the step ends', () => {
    const out = sink();
    const reporter = createProgressReporter(Object.assign(out.stream, { columns: 80 }), 'tty', () => 0);
    reporter.onEvent({ type: 'apply-started', steps: [STEP], parallelism: 1 });
    reporter.onEvent({ type: 'step-started', stepId: STEP.id, address: STEP.address, op: STEP.op, at: 0 });
    expect(out.text()).toContain('  ⠿ create p/e/application/api (0.0s)\n');
    reporter.onEvent({ type: 'step-finished', stepId: STEP.id, ms: 10 });
    reporter.close();
    // the live line is erased (cursor up one line, clear) before the finished line is printed
    expect(out.text()).toContain('\x1b[1A\x1b[0J[  0.0s] ✓ create p/e/application/api (0.0s)\n');
  });
});
