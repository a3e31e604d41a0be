/**
 * The timeline chart of past cycles: a bar per cycle, oldest on the left, its height the cycle's
 * duration, its tone the cycle's result. Pure geometry in SVG user units; the page draws it.
 */
import { resultBadge, type BadgeTone } from './badges.js';
import type { HistoryCycle } from './contract.js';

/** One bar of the chart. */
export interface ChartBar {
  cycle: number;
  x: number;
  y: number;
  width: number;
  height: number;
  tone: BadgeTone;
  /** "Cycle 12: Applied in 1.2 s (webhook)", the bar's accessible name and tooltip. */
  label: string;
}

/** A horizontal grid line with its duration label. */
export interface ChartTick {
  y: number;
  label: string;
}

/** The chart: its size, the plot area, the bars and the y-axis ticks. */
export interface TimelineChart {
  width: number;
  height: number;
  plot: { left: number; top: number; width: number; height: number };
  bars: ChartBar[];
  ticks: ChartTick[];
  /** The duration at the top of the y axis (a "nice" number of milliseconds). */
  maxMs: number;
}

/** The chart's size and margins (SVG user units; the SVG scales to its box). */
export interface ChartOptions {
  width?: number;
  height?: number;
}

const MARGIN = { left: 56, right: 8, top: 8, bottom: 24 };
/** Bars shorter than this are drawn this tall, so a 0 ms cycle is still seen. */
export const MIN_BAR_HEIGHT = 2;

/** A duration in words: 850 ms, 1.2 s, 2 min 5 s. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '?';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) {
    const s = ms / 1000;
    return `${s < 10 ? s.toFixed(1) : Math.round(s)} s`;
  }
  const total = Math.round(ms / 1000);
  const min = Math.floor(total / 60);
  const sec = total % 60;
  return sec === 0 ? `${min} min` : `${min} min ${sec} s`;
}

/** The smallest 1, 2 or 5 × 10ⁿ that is at least `value` (1 for 0 or less). */
export function niceCeiling(value: number): number {
  if (!Number.isFinite(value) || value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) {
    if (step * power >= value) return step * power;
  }
  return 10 * power;
}

/** Lays out the chart of `cycles` (in any order: drawn by cycle number, oldest left). */
export function timelineChart(cycles: readonly HistoryCycle[], opts: ChartOptions = {}): TimelineChart {
  const width = opts.width ?? 640;
  const height = opts.height ?? 180;
  const plot = {
    left: MARGIN.left,
    top: MARGIN.top,
    width: Math.max(1, width - MARGIN.left - MARGIN.right),
    height: Math.max(1, height - MARGIN.top - MARGIN.bottom),
  };
  const ordered = [...cycles].sort((a, b) => a.cycle - b.cycle);
  const longest = ordered.reduce((m, c) => Math.max(m, Number.isFinite(c.durationMs) ? c.durationMs : 0), 0);
  const maxMs = niceCeiling(longest);
  const slot = ordered.length > 0 ? plot.width / ordered.length : plot.width;
  const gap = Math.min(4, slot * 0.2);
  const bars = ordered.map((c, i): ChartBar => {
    const ms = Number.isFinite(c.durationMs) && c.durationMs > 0 ? c.durationMs : 0;
    const h = Math.max(MIN_BAR_HEIGHT, (ms / maxMs) * plot.height);
    const badge = resultBadge(c.result);
    return {
      cycle: c.cycle,
      x: plot.left + i * slot + gap / 2,
      y: plot.top + plot.height - h,
      width: Math.max(1, slot - gap),
      height: h,
      tone: badge.tone,
      label: `Cycle ${c.cycle}: ${badge.text} in ${formatDuration(ms)}${c.trigger ? ` (${c.trigger})` : ''}`,
    };
  });
  const ticks = [0, 0.5, 1].map((f) => ({ y: plot.top + plot.height - f * plot.height, label: formatDuration(f * maxMs) }));
  return { width, height, plot, bars, ticks, maxMs };
}
