import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addr } from '../../helpers/address.js';
import { registerShow, runShow } from '../../../src/cli/commands/show.js';
import { reportError } from '../../../src/cli/report-error.js';
import { renderPlanJson } from '../../../src/render/json.js';
import { PLAN_COMMENT_MARKER } from '../../../src/render/markdown.js';
import { imageBump } from '../../render/fixtures/plans.js';
import { planMarkdownOutput } from '../../../src/cli/print-plan.js';
import { processHost } from '../run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'ado-show-'));
const planFile = join(dir, 'plan.json');
writeFileSync(planFile, renderPlanJson(imageBump()));

function sink(isTTY = false): { write(s: string): boolean; isTTY: boolean; text: () => string } {
  let buf = '';
  return { isTTY, write: (s: string) => ((buf += s), true), text: () => buf };
}

/** Runs show and reports a failure the way the CLI does; returns exit code and streams. */
async function run(file: string, opts: { format?: 'human' | 'markdown' | 'json'; color?: boolean }, env: Record<string, string> = {}, isTTY = false) {
  const out = sink(isTTY);
  const err = sink();
  let code = 0;
  try {
    await runShow(file, { format: opts.format ?? 'human', color: opts.color ?? true }, { stdout: out, env });
  } catch (e) {
    code = reportError(e, err as unknown as NodeJS.WritableStream);
  }
  return { code, stdout: out.text(), stderr: err.text() };
}

describe('ado-coolify show', () => {
  it('renders a saved plan as human text, Markdown and JSON', async () => {
    const human = await run(planFile, {});
    expect(human.code).toBe(0);
    expect(human.stdout).toContain('Plan: 0 to add, 5 to change, 0 to destroy, 5 to redeploy.');
    expect((await run(planFile, { format: 'markdown' })).stdout.startsWith(PLAN_COMMENT_MARKER)).toBe(true);
    expect((await run(planFile, { format: 'json' })).stdout).toBe(renderPlanJson(imageBump()));
  });

  it('renders the Markdown of a saved plan with its graph, exactly as `plan --format markdown` prints it', async () => {
    const withEdges = imageBump();
    withEdges.edges = withEdges.resourceChanges.filter((rc) => rc.kind === 'application').map((rc) => ({ from: rc.address, to: addr('ado/production'), reason: 'parent' as const }));
    const file = join(dir, 'with-edges.json');
    writeFileSync(file, renderPlanJson(withEdges));
    const shown = (await run(file, { format: 'markdown' })).stdout;
    expect(shown).toBe(planMarkdownOutput(withEdges));
    expect(shown).toContain('```mermaid');
  });

  it('colours only on a TTY without NO_COLOR, and never with --no-color', async () => {
    expect((await run(planFile, {}, {}, true)).stdout).toMatch(/\u001b\[/);
    expect((await run(planFile, {}, { NO_COLOR: '1' }, true)).stdout).not.toMatch(/\u001b\[/);
    expect((await run(planFile, { color: false }, { FORCE_COLOR: '1' }, true)).stdout).not.toMatch(/\u001b\[/);
    expect((await run(planFile, {}, {}, false)).stdout).not.toMatch(/\u001b\[/);
  });

  it.each([
    ['a missing file', join(dir, 'nope.json'), null, /error: cannot read plan file .*nope\.json: no such file \[ADO701\]/],
    ['invalid JSON', join(dir, 'bad.json'), '{not json', /error: .*bad\.json: the plan file is not valid JSON.* \[ADO702\]/],
    ['a newer formatVersion', join(dir, 'new.json'), JSON.stringify({ ...JSON.parse(renderPlanJson(imageBump())), formatVersion: '9.0' }), /newer than this ado-coolify understands .* \[ADO703\]/],
  ])('fails with exit 1 and no stack trace for %s', async (_name, file, content, message) => {
    if (content !== null) writeFileSync(file, content);
    const r = await run(file, {});
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/^hint: /m);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  describe('registerShow', () => {
    let written = '';
    beforeEach(() => {
      written = '';
      vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => ((written += String(s)), true));
    });
    afterEach(() => vi.restoreAllMocks());

    it('wires `show FILE --format json --no-color` into commander', async () => {
      const program = new Command().exitOverride();
      registerShow(program, processHost());
      await program.parseAsync(['node', 'ado-coolify', 'show', planFile, '--format', 'json', '--no-color']);
      expect(written).toBe(renderPlanJson(imageBump()));
    });

    it('rejects an unknown format', async () => {
      const program = new Command().exitOverride().configureOutput({ writeErr: () => undefined });
      registerShow(program, processHost());
      await expect(program.parseAsync(['node', 'ado-coolify', 'show', planFile, '--format', 'yaml'])).rejects.toThrow(/Allowed choices are human, markdown, json/);
    });
  });
});
