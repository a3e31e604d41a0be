import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_HISTORY_BOUNDS, HistoryStore, writeAtomically } from '../../src/serve/history.js';
import type { CycleRecord, HistoryStep } from '../../src/serve/types.js';

const dir = (): string => mkdtempSync(join(tmpdir(), 'ado-serve-history-'));
const step = (i: number, outcome: HistoryStep['outcome'] = 'ok', message: string | null = null): HistoryStep => ({ address: `p/e/application/a${i}`, action: 'update', outcome, durationMs: i, message });
const record = (cycle: number, steps: HistoryStep[] = [step(1)], error: string | null = null): CycleRecord => ({
  cycle, startedAt: '2026-12-03T10:00:00.000Z', finishedAt: '2026-12-03T10:00:01.000Z', durationMs: 1000,
  result: error ? 'Failed' : 'Applied', exitCode: error ? 1 : 0, trigger: 'interval', revision: 'a'.repeat(40), error, steps,
});

describe('the serve history', () => {
  it('keeps the newest first, survives a restart, and counts on from the last cycle', () => {
    const d = dir();
    const { store } = HistoryStore.open(d);
    for (let i = 1; i <= 3; i++) store.append(record(i));
    expect(store.list().map((c) => c.cycle)).toEqual([3, 2, 1]);
    expect(store.list(2).map((c) => c.cycle)).toEqual([3, 2]);
    const again = HistoryStore.open(d);
    expect(again.setAside).toBeUndefined();
    expect(again.store.list()).toEqual(store.list());
    expect(again.store.lastCycleNumber()).toBe(3);
  });

  it('is bounded by the number of cycles', () => {
    const { store } = HistoryStore.open(dir(), { ...DEFAULT_HISTORY_BOUNDS, maxCycles: 5 });
    for (let i = 1; i <= 12; i++) store.append(record(i));
    expect(store.list().map((c) => c.cycle)).toEqual([12, 11, 10, 9, 8]);
  });

  it('is bounded by bytes on disk, dropping the oldest cycles, and keeps the newest one always', () => {
    const d = dir();
    const bounds = { ...DEFAULT_HISTORY_BOUNDS, maxBytes: 4096 };
    const { store } = HistoryStore.open(d, bounds);
    for (let i = 1; i <= 200; i++) store.append(record(i, [step(i, 'ok', 'x'.repeat(200))]));
    expect(Buffer.byteLength(readFileSync(join(d, 'history.json')))).toBeLessThanOrEqual(4096);
    expect(store.list()[0]!.cycle).toBe(200);
    expect(store.list().length).toBeGreaterThan(1);
    const tiny = HistoryStore.open(dir(), { ...bounds, maxBytes: 10 }).store;
    tiny.append(record(1));
    tiny.append(record(2));
    expect(tiny.list().map((c) => c.cycle)).toEqual([2]);
  });

  it('caps the steps of a cycle (failed ones kept first) and cuts long messages', () => {
    const { store } = HistoryStore.open(dir(), { ...DEFAULT_HISTORY_BOUNDS, maxStepsPerCycle: 3, maxMessageChars: 10 });
    store.append(record(1, [step(1), step(2), step(3, 'failed', 'm'.repeat(50)), step(4), step(5, 'skipped')]));
    const [c] = store.list();
    expect(c!.steps.map((s) => [s.address.slice(-2), s.outcome])).toEqual([['a3', 'failed'], ['a5', 'skipped'], ['a1', 'ok']]);
    expect(c!.steps[0]!.message).toBe(`${'m'.repeat(9)}…`);
  });

  it.each([
    ['not JSON', '{"format":1,"cycles":['],
    ['another format', '{"format":2,"cycles":[]}'],
    ['a malformed cycle', '{"format":1,"cycles":[{"cycle":"one"}]}'],
  ])('sets a corrupt file aside (%s) and starts empty, without failing', (_what, text) => {
    const d = dir();
    writeFileSync(join(d, 'history.json'), text);
    const opened = HistoryStore.open(d);
    expect(opened.store.list()).toEqual([]);
    expect(opened.setAside).toMatch(/^history\.json\.corrupt-/);
    expect(opened.problem).toBeTruthy();
    expect(readFileSync(join(d, opened.setAside!), 'utf8')).toBe(text);
    opened.store.append(record(1));
    expect(HistoryStore.open(d).store.list().map((c) => c.cycle)).toEqual([1]);
  });

  it('writes atomically: no temporary file is left, the target holds the whole new text', () => {
    const d = dir();
    writeAtomically(d, 'f.json', 'old');
    writeAtomically(d, 'f.json', 'new text');
    expect(readFileSync(join(d, 'f.json'), 'utf8')).toBe('new text');
    expect(readdirSync(d)).toEqual(['f.json']);
  });
});
