import { Command } from 'commander';
import { addConnectionOptions, addFormatOption, addManifestOptions, addScopeOptions, type ConnectionCliOptions, type ManifestCliOptions } from '../options.js';
import { planOptionsFromFlags, printRequestStats } from '../run-context.js';
import { ExitCode } from '../../errors.js';
import { handleManifestError } from '../print-diagnostics.js';
import type { CliIo, CommandHost } from '../io.js';

interface DriftFlags extends ManifestCliOptions, ConnectionCliOptions {
  target: string[];
  project?: string;
  env?: string;
  ignore: string[];
  format: 'human' | 'markdown' | 'json';
  color?: boolean;
  /** `--no-secrets`: false. */
  secrets?: boolean;
  /** `--fail-on-unmanaged`: unmanaged resources and env keys in scope count as drift. */
  failOnUnmanaged?: boolean;
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** `ado-coolify drift`: reports out-of-band changes, proposes nothing. */
export function registerDrift(program: Command, host: CommandHost): void {
  const cmd = program
    .command('drift')
    .description('report where Coolify differs from the manifest (refresh only, changes nothing)')
    .addHelpText(
      'after',
      `
Exit codes: 0 no drift, 2 drift found, 1 error.
Unmanaged resources in scope (hand-made apps, managed projects no longer in the manifest)
and unmanaged env keys (live on a declared resource, not declared; keys only, never values)
are listed; they count as drift (exit 2) only with --fail-on-unmanaged.
Managed resources that Coolify reports Degraded or Progressing are listed ("Not healthy in
Coolify", JSON notHealthy) but are not drift: use status for a health exit code. A pending
deployment (last one failed, cancelled or never finished; env not deployed yet) is drift.
On Coolify 4.4 and later each drifted resource names its author, from Coolify's audit
events (GET /audit-events, read only when something drifted): who, when and from where (UI,
API, MCP, webhook); JSON author. Older releases say the author is unknown.
Fields that something else legitimately changes can be ignored with --ignore or with
ignoreChanges on the resource in the manifest.

Without secrets (a monitoring job that must not hold production secrets), --no-secrets
compares everything but the values that hold a \${secrets.X}: those are "not verifiable".

Examples:
  ado-coolify drift
  ado-coolify drift --no-secrets
  ado-coolify drift --fail-on-unmanaged
  ado-coolify drift --format markdown --ignore "ado/production/application/workers-*.limits.cpus"`,
    );
  addManifestOptions(cmd);
  addScopeOptions(cmd);
  addConnectionOptions(cmd);
  addFormatOption(cmd, ['human', 'markdown', 'json']);
  cmd
    .option('--ignore <address.field>', 'ignore a field of a resource; globs allowed (repeatable)', collect, [])
    .option('--no-color', 'no colour (also NO_COLOR=1)')
    .option('--fail-on-unmanaged', 'count unmanaged resources and env keys in scope as drift (exit 2)')
    .option('--no-secrets', 'run without secret values: values that hold a secret are not compared (shown as not verifiable)')
    .action(host.run(async (flags: DriftFlags, io: CliIo) => {
      const { driftOf, driftReport, hasDrift, parseIgnoreRule, unmanagedEnvKeysOf } = await import('../../engine/drift.js');
      const rules = flags.ignore.map(parseIgnoreRule);
      const { plan } = await import('../../engine/plan-run.js');
      const render = await import('../../render/index.js');
      try {
        const result = await plan({ ...planOptionsFromFlags(flags, io), allowDestroy: true, prune: true, skipPolicy: true, allowMissingSecrets: flags.secrets === false });
        (await import('../ignore-rules.js')).checkIgnoreRules(rules, result.desired.resources);
        const filtered = driftOf(result.plan, rules);
        const report = driftReport(filtered, unmanagedEnvKeysOf(filtered, result.desired, result.live, rules), flags.failOnUnmanaged === true);
        const { attachDriftAuthors } = await import('../../engine/drift-authors.js');
        const drift = await attachDriftAuthors(report, result.client, result.live.coolifyVersion);
        if (flags.format === 'json') io.stdout.write(render.renderPlanJson({ ...drift }));
        else if (flags.format === 'markdown') io.stdout.write(`${render.renderDriftMarkdown(drift)}\n`);
        else {
          const color = flags.color !== false && render.shouldUseColor(io.stdout, io.env);
          io.stdout.write(render.renderDriftHuman(drift, { color }));
        }
        if (flags.verbose) printRequestStats(result.client, io);
        return hasDrift(drift) ? ExitCode.Changes : ExitCode.Ok;
      } catch (err) {
        if (!handleManifestError(err, flags.format, io)) throw err;
        return ExitCode.Error;
      }
    }));
}
