/**
 * The cycle history of `serve`, kept under `--data-dir` as one JSON file (`history.json`):
 * newest first, bounded by a count (default 500 cycles) and a size (default 2 MiB, the
 * oldest cycles dropped first), each cycle's steps capped (200) and step messages cut (500
 * characters). Written atomically: a temporary file, fsync, rename over the old one, fsync of
 * the directory; a crash leaves the old file or the new one, never half of one. A file that
 * cannot be read as history is set aside (renamed `history.json.corrupt-<time>`) and reported,
 * and the controller starts with an empty history.
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { CycleRecord, HistoryStep } from './types.js';

/** The bounds of the history. */
export interface HistoryBounds {
  maxCycles: number;
  maxBytes: number;
  maxStepsPerCycle: number;
  maxMessageChars: number;
}

/** The documented defaults (docs/serve.md). */
export const DEFAULT_HISTORY_BOUNDS: HistoryBounds = { maxCycles: 500, maxBytes: 2 * 1024 * 1024, maxStepsPerCycle: 200, maxMessageChars: 500 };

const FILE = 'history.json';
const FORMAT = 1;

/** What opening the history found. */
export interface HistoryOpened {
  store: HistoryStore;
  /** The name a corrupt file was set aside under, when one was. */
  setAside?: string;
  /** Why it was set aside. */
  problem?: string;
}

/** The bounded, crash-safe list of finished cycles. */
export class HistoryStore {
  private cycles: CycleRecord[];

  private constructor(private readonly dir: string, private readonly bounds: HistoryBounds, cycles: CycleRecord[]) {
    this.cycles = cycles;
  }

  /** Opens (or creates) the history in `dir`; a corrupt file is set aside, never fatal. */
  static open(dir: string, bounds: HistoryBounds = DEFAULT_HISTORY_BOUNDS): HistoryOpened {
    mkdirSync(dir, { recursive: true });
    const path = join(dir, FILE);
    if (!existsSync(path)) return { store: new HistoryStore(dir, bounds, []) };
    try {
      const cycles = parseHistory(readFileSync(path, 'utf8'));
      return { store: new HistoryStore(dir, bounds, cycles.slice(0, bounds.maxCycles)) };
    } catch (err) {
      const setAside = `${FILE}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      renameSync(path, join(dir, setAside));
      return { store: new HistoryStore(dir, bounds, []), setAside, problem: err instanceof Error ? err.message : String(err) };
    }
  }

  /** The newest cycles first, at most `limit`. */
  list(limit = this.cycles.length): CycleRecord[] {
    return this.cycles.slice(0, Math.max(0, limit));
  }

  /** The highest cycle number recorded (0 for none): a restarted controller counts on from it. */
  lastCycleNumber(): number {
    return this.cycles[0]?.cycle ?? 0;
  }

  /** Adds a finished cycle, trims to the bounds and writes the file atomically. */
  append(record: CycleRecord): void {
    this.cycles = [capRecord(record, this.bounds), ...this.cycles].slice(0, this.bounds.maxCycles);
    let text = serialize(this.cycles);
    // Over the size bound: drop the oldest cycles until it fits (the newest one always stays).
    while (Buffer.byteLength(text) > this.bounds.maxBytes && this.cycles.length > 1) {
      const over = Buffer.byteLength(text) - this.bounds.maxBytes;
      const average = Buffer.byteLength(text) / this.cycles.length;
      this.cycles = this.cycles.slice(0, Math.max(1, this.cycles.length - Math.max(1, Math.ceil(over / average))));
      text = serialize(this.cycles);
    }
    writeAtomically(this.dir, FILE, text);
  }
}

function serialize(cycles: CycleRecord[]): string {
  return `${JSON.stringify({ format: FORMAT, cycles })}\n`;
}

/** The history's cycles, or a throw naming what is wrong. */
function parseHistory(text: string): CycleRecord[] {
  const doc = JSON.parse(text) as unknown;
  if (typeof doc !== 'object' || doc === null || (doc as { format?: unknown }).format !== FORMAT || !Array.isArray((doc as { cycles?: unknown }).cycles)) {
    throw new Error(`not a history file of format ${FORMAT}`);
  }
  const cycles = (doc as { cycles: unknown[] }).cycles;
  for (const c of cycles) {
    const r = c as Partial<CycleRecord> | null;
    if (typeof r !== 'object' || r === null || typeof r.cycle !== 'number' || typeof r.startedAt !== 'string' || typeof r.result !== 'string' || !Array.isArray(r.steps)) {
      throw new Error('a cycle entry is malformed');
    }
  }
  return cycles as CycleRecord[];
}

function cut(text: string | null, max: number): string | null {
  return text === null || text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The record within the per-cycle bounds: steps capped (the failed ones kept first), texts cut. */
function capRecord(record: CycleRecord, bounds: HistoryBounds): CycleRecord {
  let steps: HistoryStep[] = record.steps;
  if (steps.length > bounds.maxStepsPerCycle) {
    const failed = steps.filter((s) => s.outcome !== 'ok');
    const ok = steps.filter((s) => s.outcome === 'ok');
    steps = [...failed, ...ok].slice(0, bounds.maxStepsPerCycle);
  }
  return {
    ...record,
    error: cut(record.error, bounds.maxMessageChars * 4),
    steps: steps.map((s) => ({ ...s, message: cut(s.message, bounds.maxMessageChars) })),
  };
}

/** Writes `dir/name` so that a crash leaves either the old or the new content. */
export function writeAtomically(dir: string, name: string, text: string): void {
  const target = join(dir, name);
  const temp = join(dir, `.${name}.${process.pid}.tmp`);
  const fd = openSync(temp, 'w', 0o600);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, target);
  try {
    const dirFd = openSync(dir, 'r');
    try {
      fsyncSync(dirFd);
    } finally {
      closeSync(dirFd);
    }
  } catch {
    // some file systems cannot fsync a directory: the rename is still atomic
  }
}
