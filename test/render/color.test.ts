import { describe, expect, it } from 'vitest';
import { shouldUseColor } from '../../src/render/color.js';
import { renderPlanHuman } from '../../src/render/human.js';
import { imageBump } from './fixtures/plans.js';

const tty = { isTTY: true };
const pipe = { isTTY: false };
const ANSI = /\u001b\[/;

describe('shouldUseColor', () => {
  it.each([
    ['a TTY', tty, {}, true],
    ['a pipe', pipe, {}, false],
    ['a stream without isTTY', {}, {}, false],
    ['NO_COLOR=1 on a TTY', tty, { NO_COLOR: '1' }, false],
    ['NO_COLOR=0 on a TTY (any value disables)', tty, { NO_COLOR: '0' }, false],
    ['NO_COLOR=false on a TTY', tty, { NO_COLOR: 'false' }, false],
    ['NO_COLOR empty (unset, per no-color.org)', tty, { NO_COLOR: '' }, true],
    ['NO_COLOR beats FORCE_COLOR', tty, { NO_COLOR: '1', FORCE_COLOR: '1' }, false],
    ['FORCE_COLOR=1 on a pipe', pipe, { FORCE_COLOR: '1' }, true],
    ['FORCE_COLOR empty on a pipe', pipe, { FORCE_COLOR: '' }, true],
    ['FORCE_COLOR=0 on a TTY', tty, { FORCE_COLOR: '0' }, false],
    ['FORCE_COLOR=false on a TTY', tty, { FORCE_COLOR: 'false' }, false],
    ['TERM=dumb on a TTY', tty, { TERM: 'dumb' }, false],
  ] as const)('%s → %s', (_name, stream, env, expected) => {
    expect(shouldUseColor(stream, env)).toBe(expected);
  });

  it('NO_COLOR yields output without escape codes, a TTY alone with them', () => {
    const off = renderPlanHuman(imageBump(), { color: shouldUseColor(tty, { NO_COLOR: '1' }) });
    const on = renderPlanHuman(imageBump(), { color: shouldUseColor(tty, {}) });
    expect(off).not.toMatch(ANSI);
    expect(on).toMatch(ANSI);
    // same text once the escapes are stripped
    // eslint-disable-next-line no-control-regex
    expect(on.replace(/\u001b\[[0-9;]*m/g, '')).toBe(off);
  });
});
