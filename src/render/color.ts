import { Chalk, type ChalkInstance } from 'chalk';

/**
 * Decides whether terminal output should be coloured.
 *
 * - `NO_COLOR` set to any non-empty value disables colour (https://no-color.org); it wins over
 *   everything else because it is an explicit user request.
 * - `FORCE_COLOR` enables colour even without a TTY, except `0` / `false` which disable it.
 * - Otherwise colour follows `stream.isTTY`, and `TERM=dumb` disables it.
 */
export function shouldUseColor(stream: { isTTY?: boolean }, env: Record<string, string | undefined>): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}

/** The colours a renderer uses, by meaning. Every function is the identity when colour is off. */
export interface Palette {
  add: (s: string) => string;
  change: (s: string) => string;
  remove: (s: string) => string;
  move: (s: string) => string;
  adopt: (s: string) => string;
  comment: (s: string) => string;
  strong: (s: string) => string;
  error: (s: string) => string;
  warning: (s: string) => string;
}

/** A palette over an explicit chalk instance (level 1: the 16 basic colours, stable in goldens). */
export function makePalette(color: boolean): Palette {
  const c: ChalkInstance = new Chalk({ level: color ? 1 : 0 });
  return {
    add: (s) => c.green(s),
    change: (s) => c.yellow(s),
    remove: (s) => c.red(s),
    move: (s) => c.cyan(s),
    adopt: (s) => c.blue(s),
    comment: (s) => c.dim(s),
    strong: (s) => c.bold(s),
    error: (s) => c.bold.red(s),
    warning: (s) => c.bold.yellow(s),
  };
}
