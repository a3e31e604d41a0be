import { Command, Option } from 'commander';
import { addManifestOptions, parseVars, type ManifestCliOptions } from '../options.js';
import { ExitCode } from '../../errors.js';
import type { CliIo, CommandHost } from '../io.js';

interface GraphFlags extends ManifestCliOptions {
  format: 'mermaid' | 'dot';
}

/** `ado-coolify graph`: the dependency graph of the manifest (no Coolify needed). */
export function registerGraph(program: Command, host: CommandHost): void {
  const cmd = program
    .command('graph')
    .description('print the dependency graph of the manifest (Mermaid or Graphviz DOT); no network')
    .addHelpText(
      'after',
      `
Edges come from references (\${databases.pg.internalUrl}), dependsOn, backups' S3 storages and
the structure (project → environment → resources). Secrets need not be set, nor COOLIFY_URL.

Examples:
  ado-coolify graph > graph.mmd
  ado-coolify graph --format dot | dot -Tsvg > graph.svg`,
    );
  addManifestOptions(cmd);
  cmd.addOption(new Option('--format <format>', 'output format').choices(['mermaid', 'dot']).default('mermaid'));
  cmd.action(host.run(async (flags: GraphFlags, io: CliIo) => {
    const { loadManifest } = await import('../../engine/manifest-file.js');
    const { buildDesiredState } = await import('../../kinds/lower.js');
    const { buildDependencyGraph, renderMermaid, renderDot } = await import('../../graph/index.js');
    const { formatHuman } = await import('../../diagnostics/format.js');
    const loaded = await loadManifest(flags.file, { vars: parseVars(flags.var ?? []), secretsFile: flags.secretsFile, env: io.env, cwd: io.cwd });
    // Missing secrets do not change the graph; every other error does.
    const { waiveDiagnostics } = await import('../../load/waivers.js');
    const errors = waiveDiagnostics(loaded.diagnostics, { missingSecrets: true, coolifyUrl: true }).filter((d) => d.severity === 'error');
    if (errors.length > 0 || !loaded.manifest) {
      io.stderr.write(formatHuman(errors.length > 0 ? errors : loaded.diagnostics, loaded.path));
      return ExitCode.Error;
    }
    const desired = buildDesiredState(loaded.manifest, loaded.edges);
    const graph = buildDependencyGraph(desired.edges, desired.resources.map((r) => r.address));
    io.stdout.write(`${flags.format === 'dot' ? renderDot(graph) : renderMermaid(graph)}\n`);
    return ExitCode.Ok;
  }));
}
