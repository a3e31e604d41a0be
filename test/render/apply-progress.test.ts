import { describe, expect, it } from 'vitest';
import type { ApplyEvent } from '../../src/model/apply-events.js';
import { buildApplySummary } from '../../src/model/apply-summary.js';
import type { PlanStep } from '../../src/model/plan.js';
import { describeStep, eventJsonLine, eventLines, renderApplySummary, runningLine } from '../../src/render/apply-progress.js';
import { addr } from '../helpers/address.js';

const API: PlanStep = { id: 'p/e/application/api:deploy', address: addr('p/e/application/api'), op: 'deploy', dependsOn: [] };
const DB: PlanStep = { id: 'p/e/database/db:env', address: addr('p/e/database/db'), op: 'env', dependsOn: [] };
const ctx = (mode: 'tty' | 'lines') => ({ stamp: '[  1.5s]', label: (id: string) => (id === API.id ? describeStep(API) : id), mode });

describe('apply progress in words', () => {
  it('describes a step by its verb and address', () => {
    expect(describeStep(API)).toBe('deploy p/e/application/api');
    expect(describeStep(DB)).toBe('set env vars p/e/database/db');
  });

  it('prints start and progress lines only in lines mode (the TTY view shows them live)', () => {
    const started = { type: 'step-started', stepId: API.id, address: API.address, op: API.op, at: 0 } as const;
    expect(eventLines(started, ctx('lines'))).toEqual(['[  1.5s] … deploy p/e/application/api']);
    expect(eventLines(started, ctx('tty'))).toEqual([]);
    const progress = { type: 'step-progress', stepId: API.id, message: 'in_progress', elapsedMs: 2500 } as const;
    expect(eventLines(progress, ctx('lines'))).toEqual(['[  1.5s]   deploy p/e/application/api: in_progress (2.5s)']);
    expect(eventLines(progress, ctx('tty'))).toEqual([]);
  });

  it('prints a failure with the log tail, and a plural-aware start line', () => {
    const failed: ApplyEvent = { type: 'step-failed', stepId: API.id, ms: 4000, error: 'exited 1', logTail: ['a', 'b'] };
    expect(eventLines(failed, ctx('tty'))).toEqual([
      '[  1.5s] ✗ deploy p/e/application/api failed after 4.0s: exited 1',
      '    last log lines:\n    │ a\n    │ b',
    ]);
    expect(eventLines({ type: 'apply-started', steps: [API], parallelism: 2 }, ctx('lines'))).toEqual(['Applying 1 step for 1 resource (parallelism 2)']);
  });

  it('tells steps from resources in the start line (audit p2: 44 steps are not 44 resources)', () => {
    const create: PlanStep = { ...API, id: 'p/e/application/api:create', op: 'create' };
    const env: PlanStep = { ...API, id: 'p/e/application/api:env', op: 'env' };
    expect(eventLines({ type: 'apply-started', steps: [create, env, API], parallelism: 8 }, ctx('lines'))).toEqual(['Applying 3 steps for 1 resource (parallelism 8)']);
  });

  it('writes JSON lines that name the steps by id', () => {
    expect(JSON.parse(eventJsonLine({ type: 'apply-started', steps: [API, DB], parallelism: 4 }))).toEqual({
      type: 'apply-started',
      steps: [API.id, DB.id],
      parallelism: 4,
    });
  });

  it('cuts a live line to the terminal width', () => {
    const line = runningLine(describeStep(API), 1200, 'waiting for deployment abc: in_progress', 30);
    expect(line).toHaveLength(29);
    expect(line.endsWith('…')).toBe(true);
  });

  it('sums up a partial apply, naming each step that did not finish', () => {
    const summary = buildApplySummary({ done: [DB.id], failed: [API.id], skipped: [], notStarted: [], durations: {}, wallMs: 3000, cancelled: false });
    expect(renderApplySummary(summary, new Map([[API.id, API], [DB.id, DB]])).split('\n')).toEqual([
      'Apply partially done: 1 done, 1 failed, 0 skipped, 0 not started (3.0s).',
      '  ✗ failed:      deploy p/e/application/api',
      'Re-run `ado-coolify apply` to converge: completed steps are not repeated.',
    ]);
  });
});
