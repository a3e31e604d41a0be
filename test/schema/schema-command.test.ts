import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readSchemaText, registerSchema } from '../../src/cli/commands/schema.js';
import { isAdoError } from '../../src/errors.js';
import { repoPath } from './helpers.js';
import { processHost } from '../cli/run-cli.js';

describe('ado-coolify schema', () => {
  afterEach(() => vi.restoreAllMocks());

  it('prints the schema file verbatim as JSON', async () => {
    const chunks: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      chunks.push(String(chunk));
      return true;
    });
    const program = new Command().exitOverride();
    registerSchema(program, processHost());
    await program.parseAsync(['node', 'ado-coolify', 'schema']);
    const printed = chunks.join('');
    expect(printed).toBe(readFileSync(repoPath('schema/ado.coolify.schema.json'), 'utf8').replace(/\n?$/, '\n'));
    expect(JSON.parse(printed)).toMatchObject({ $id: 'https://ado-coolify.dev/schema/ado.coolify.schema.json' });
  });

  it('fails with a clear AdoError when the schema file is missing', async () => {
    const err: unknown = await readSchemaText(new URL('file:///nonexistent/ado.coolify.schema.json')).catch((e: unknown) => e);
    expect(isAdoError(err)).toBe(true);
    expect((err as Error).message).toContain('/nonexistent/ado.coolify.schema.json');
  });
});
