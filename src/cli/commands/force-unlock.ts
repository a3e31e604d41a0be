import { Command } from 'commander';
import { addConnectionOptions, type ConnectionCliOptions } from '../options.js';
import { clientOptionsFromFlags } from '../run-context.js';
import { AdoError } from '../../errors.js';
import { isInteractive, type CliIo, type CommandHost } from '../io.js';
import { terminalText } from '../../render/sanitize.js';

interface ForceUnlockFlags extends ConnectionCliOptions {
  yes?: boolean;
  lockId?: string;
}

/** `ado-coolify force-unlock PROJECT [--lock-id ID]`: removes a stale apply lock. */
export function registerForceUnlock(program: Command, host: CommandHost): void {
  const cmd = program
    .command('force-unlock')
    .description('remove the apply lock of a project (after an apply that died)')
    .argument('<project>', 'project name as in the manifest')
    .option('--lock-id <id>', 'remove only the lock with this id (as printed by apply); a newer lock is left alone')
    .option('--yes', 'do not ask for confirmation')
    .addHelpText(
      'after',
      `
The lock id is printed by the apply that holds or left the lock ("lock id 42"). With
--lock-id, a lock another apply has taken since is not removed. See docs/locking.md.

Examples:
  ado-coolify force-unlock shop --lock-id 42
  ado-coolify force-unlock shop --yes`,
    );
  addConnectionOptions(cmd);
  cmd.action(host.run(async (project: string, flags: ForceUnlockFlags, io: CliIo) => {
    if (flags.lockId !== undefined && !/^\d+$/.test(flags.lockId)) {
      throw new AdoError('ADO_BAD_LOCK_ID', `--lock-id must be the number an apply printed ("lock id 42"), got "${flags.lockId}"`);
    }
    if (!flags.yes && !isInteractive(io)) {
      throw new AdoError('ADO_NEEDS_APPROVAL', 'force-unlock needs confirmation', { hint: 'pass --yes' });
    }
    const { connect } = await import('../../engine/connect.js');
    const { forceUnlock } = await import('../../apply/lock.js');
    const { teamLockClient } = await import('../../apply/team-lock-client.js');
    const { client } = connect({ env: io.env, cwd: io.cwd, ...clientOptionsFromFlags(flags, io.stderr) });
    if (!flags.yes) {
      const { createInterface } = await import('node:readline/promises');
      const rl = createInterface({ input: io.stdin, output: io.stdout });
      const which = flags.lockId ? ` (lock id ${flags.lockId})` : '';
      const answer = await rl.question(`Remove the apply lock of "${project}"${which}? Only "yes" is accepted: `);
      rl.close();
      if (answer.trim() !== 'yes') {
        io.stdout.write('Nothing removed.\n');
        return;
      }
    }
    const { removed } = await forceUnlock(teamLockClient(client), project, flags.lockId);
    if (removed.length === 0) io.stdout.write(`"${project}" was not locked.\n`);
    for (const r of removed) {
      const who = r.record ? ` held by ${r.record.holder} since ${r.record.acquiredAt}` : '';
      // the lock record is live text (a Coolify team variable): sanitised (audit M4)
      io.stdout.write(`${terminalText(`Removed the apply lock of "${project}" (lock id ${r.id})${who}.`)}\n`);
    }
  }));
}
