/**
 * Writes apply events to a stream as they come: a live TTY view, one line per event (CI logs)
 * or JSON lines. The words are src/render/apply-progress.ts; this module keeps the state (which
 * steps run, since when) and redraws the live block. Shared by the CLI and the GitHub Action.
 */
import type { ApplyEvent } from '../model/apply-events.js';
import type { PlanStep } from '../model/plan.js';
import { describeStep, eventJsonLine, eventLines, formatSeconds, runningLine } from '../render/apply-progress.js';

/** How apply reports progress: a live TTY view, one line per event (CI logs), or JSON lines. */
export type ProgressMode = 'tty' | 'lines' | 'json';

/** A sink for apply events that writes them to a stream in one of the modes. */
export interface ProgressReporter {
  onEvent(event: ApplyEvent): void;
  /** Stops the live view (if any) so the caller can print after it. */
  close(): void;
}

/**
 * Creates a reporter. `lines` prints a timestamped line per event; `tty` prints finished
 * events the same way and keeps a redrawn block of in-flight steps with elapsed times below
 * them; `json` writes one JSON object per event (newline-delimited), for tools.
 */
export function createProgressReporter(
  stream: NodeJS.WritableStream & { columns?: number },
  mode: ProgressMode,
  now: () => number = Date.now,
): ProgressReporter {
  const start = now();
  const steps = new Map<string, PlanStep>();
  const running = new Map<string, { startedAt: number; status?: string }>();
  let drawnLines = 0;
  let timer: NodeJS.Timeout | undefined;

  const label = (id: string): string => {
    const s = steps.get(id);
    return s ? describeStep(s) : id;
  };

  const clearLive = (): void => {
    if (mode !== 'tty' || drawnLines === 0) return;
    stream.write(`\x1b[${drawnLines}A\x1b[0J`);
    drawnLines = 0;
  };
  const drawLive = (): void => {
    if (mode !== 'tty') return;
    clearLive();
    const width = stream.columns ?? 100;
    const lines = [...running.entries()].map(([id, r]) => runningLine(label(id), now() - r.startedAt, r.status, width));
    if (lines.length > 0) stream.write(`${lines.join('\n')}\n`);
    drawnLines = lines.length;
  };
  const print = (line: string): void => {
    clearLive();
    stream.write(`${line}\n`);
    drawLive();
  };

  if (mode === 'tty') {
    timer = setInterval(drawLive, 250);
    timer.unref();
  }

  return {
    onEvent(event) {
      if (mode === 'json') {
        stream.write(eventJsonLine(event));
        return;
      }
      if (event.type === 'apply-started') for (const s of event.steps) steps.set(s.id, s);
      if (event.type === 'step-started') running.set(event.stepId, { startedAt: now() });
      if (event.type === 'step-progress') {
        const r = running.get(event.stepId);
        if (r) r.status = event.message;
      }
      if (event.type === 'step-finished' || event.type === 'step-failed') running.delete(event.stepId);
      if (event.type === 'apply-finished') running.clear();
      const lines = eventLines(event, { stamp: `[${formatSeconds(now() - start).padStart(6)}]`, label, mode });
      for (const line of lines) print(line);
      if (event.type === 'step-started' && mode === 'tty') drawLive();
      if (event.type === 'apply-finished') clearLive();
    },
    close() {
      if (timer) clearInterval(timer);
      clearLive();
    },
  };
}
