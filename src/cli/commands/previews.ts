import { Command } from 'commander';
import { addConnectionOptions, addFormatOption, addManifestOptions, parseDurationFlag, type ConnectionCliOptions, type ManifestCliOptions } from '../options.js';
import { planOptionsFromFlags } from '../run-context.js';
import { handleManifestError } from '../print-diagnostics.js';
import { parseCount } from '../day2-support.js';
import { nowFromEnv } from '../../day2/clock.js';
import { ExitCode } from '../../errors.js';
import type { CliIo, CommandHost } from '../io.js';
import { terminalText } from '../../render/sanitize.js';

interface PreviewFlags extends ManifestCliOptions, ConnectionCliOptions {
  app?: string;
  env?: string;
  pr?: string;
  tag?: string;
  wait?: boolean;
  timeout?: string;
  ttl?: string;
  yes?: boolean;
  format?: 'human' | 'json';
}

function common(cmd: Command, appRequired: boolean): Command {
  addManifestOptions(cmd);
  addConnectionOptions(cmd);
  if (appRequired) cmd.requiredOption('--app <name>', 'application name in the manifest (or project/env/application/name)');
  else cmd.option('--app <name>', 'application name in the manifest (default: every application with `previews`)');
  return cmd.option('--env <name>', 'environment, when the application name exists in several');
}

function baseOptions(flags: PreviewFlags, io: CliIo) {
  return { ...planOptionsFromFlags({ ...flags, env: flags.env }, io), app: flags.app };
}

async function guarded(flags: PreviewFlags, io: CliIo, fn: () => Promise<void>): Promise<number> {
  try {
    await fn();
    return ExitCode.Ok;
  } catch (err) {
    if (!handleManifestError(err, flags.format ?? 'human', io)) throw err;
    return ExitCode.Error;
  }
}

/** `ado-coolify previews deploy|list|destroy|prune`: pull-request previews. */
export function registerPreviews(program: Command, host: CommandHost): void {
  const previews = program
    .command('previews')
    .description('deploy, list, destroy and prune pull-request preview deployments')
    .addHelpText(
      'after',
      `
Coolify's API has no list of previews: \`list\` and \`prune\` derive them from deployment history.
A preview's domain comes from the app's preview_url_template; the API cannot set it per preview.

Examples:
  ado-coolify previews deploy --app api --pr 42 --tag pr-42
  ado-coolify previews list
  ado-coolify previews destroy --app dashboard --pr 42
  ado-coolify previews prune --ttl 7d --yes`,
    );

  common(previews.command('deploy').description('deploy the preview of a pull request and print its URL'), true)
    .requiredOption('--pr <number>', 'pull request number')
    .option('--tag <tag>', 'docker tag (dockerimage applications: creates the preview)')
    .option('--no-wait', 'do not wait for the deployment to finish')
    .option('--timeout <duration>', 'how long to wait for the deployment', '15m')
    .action(host.run(async (flags: PreviewFlags, io: CliIo) =>
      guarded(flags, io, async () => {
        const { deployPreview } = await import('../../day2/previews/previews-run.js');
        const pr = parseCount('--pr', flags.pr ?? '');
        const out = await deployPreview({
          ...baseOptions(flags, io),
          pr,
          dockerTag: flags.tag,
          wait: flags.wait !== false,
          timeoutMs: parseDurationFlag('--timeout', flags.timeout) ?? 15 * 60_000,
          onProgress: (m) => io.stderr.write(`${terminalText(m)}\n`),
        });
        io.stdout.write((await import('../../day2/previews/render.js')).renderPreviewDeployed(pr, out));
      }),
    ));

  const list = common(previews.command('list').description('list previews (from deployment history)'), false);
  addFormatOption(list, ['human', 'json']).action(host.run(async (flags: PreviewFlags, io: CliIo) =>
    guarded(flags, io, async () => {
      const { listPreviews } = await import('../../day2/previews/previews-run.js');
      const { renderPreviewList, renderPreviewListJson } = await import('../../day2/previews/render.js');
      const all = await listPreviews(baseOptions(flags, io));
      io.stdout.write(flags.format === 'json' ? renderPreviewListJson(all) : renderPreviewList(all, nowFromEnv(io.env)));
    }),
  ));

  common(previews.command('destroy').description('remove the preview of a pull request'), true)
    .requiredOption('--pr <number>', 'pull request number')
    .action(host.run(async (flags: PreviewFlags, io: CliIo) =>
      guarded(flags, io, async () => {
        const { destroyPreview } = await import('../../day2/previews/previews-run.js');
        const pr = parseCount('--pr', flags.pr ?? '');
        const removed = await destroyPreview({ ...baseOptions(flags, io), pr });
        io.stdout.write(removed ? `Preview #${pr} of ${flags.app} removed (Coolify deletes it in the background).\n` : `Preview #${pr} of ${flags.app} does not exist: nothing to remove.\n`);
      }),
    ));

  common(previews.command('prune').description('remove previews whose last deployment is older than the TTL (dry run unless --yes)'), false)
    .option('--ttl <duration>', 'maximum age since the last deployment (default: previews.ttl of each application)')
    .option('--yes', 'remove them (otherwise only show what would be removed)')
    .action(host.run(async (flags: PreviewFlags, io: CliIo) =>
      guarded(flags, io, async () => {
        const { prunePreviews } = await import('../../day2/previews/previews-run.js');
        const { formatDuration } = await import('../../apply/duration.js');
        const { results, skipped } = await prunePreviews({ ...baseOptions(flags, io), ttl: flags.ttl, yes: flags.yes === true, now: nowFromEnv(io.env) });
        for (const s of skipped) io.stdout.write(`${s}: skipped (no previews.ttl; pass --ttl)\n`);
        let count = 0;
        for (const r of results) {
          for (const e of r.expired) {
            count += 1;
            const verb = flags.yes ? (e.removed ? 'removed' : 'already gone') : 'would remove';
            io.stdout.write(`${r.app.name}: ${verb} preview #${e.pullRequestId} (last deployed ${formatDuration(e.ageMs)} ago, ttl ${r.ttl})\n`);
          }
          io.stdout.write(`${r.app.name}: ${r.kept} preview${r.kept === 1 ? '' : 's'} kept\n`);
        }
        if (!flags.yes) io.stdout.write(count > 0 ? `Dry run: ${count} preview(s) would be removed. Run again with --yes to remove them.\n` : 'Nothing to prune.\n');
      }),
    ));
}
