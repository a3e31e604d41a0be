import { Command } from 'commander';
import { addConnectionOptions, type ConnectionCliOptions } from '../options.js';
import { AdoError } from '../../errors.js';

interface ForceUnlockFlags extends ConnectionCliOptions {
  yes?: boolean;
}

/** `ado-coolify force-unlock PROJECT`: removes a stale apply lock. */
export function registerForceUnlock(program: Command): void {
  const cmd = program
    .command('force-unlock')
    .description('remove the apply lock of a project (after an apply that died)')
    .argument('<project>', 'project name as in the manifest')
    .option('--yes', 'do not ask for confirmation');
  addConnectionOptions(cmd);
  cmd.action(async (project: string, flags: ForceUnlockFlags) => {
    if (!flags.yes && !(process.stdin.isTTY && process.stdout.isTTY)) {
      throw new AdoError('ADO_NEEDS_APPROVAL', 'force-unlock needs confirmation', { hint: 'pass --yes' });
    }
    const { connect } = await import('../../engine/connect.js');
    const { forceUnlock } = await import('../../apply/lock.js');
    const { teamLockClient } = await import('../../apply/team-lock-client.js');
    const { client } = connect({ env: process.env, tokenFile: flags.tokenFile, allowInsecureHttp: flags.allowInsecureHttp });
    if (!flags.yes) {
      const { createInterface } = await import('node:readline/promises');
      const rl = createInterface({ input: process.stdin, output: process.stdout });
      const answer = await rl.question(`Remove the apply lock of "${project}"? Only "yes" is accepted: `);
      rl.close();
      if (answer.trim() !== 'yes') {
        process.stdout.write('Nothing removed.\n');
        return;
      }
    }
    const removed = await forceUnlock(teamLockClient(client), project);
    if (!removed) process.stdout.write(`"${project}" was not locked.\n`);
    else if (removed === 'hidden') process.stdout.write(`Removed the apply lock of "${project}".\n`);
    else process.stdout.write(`Removed the apply lock of "${project}" held by ${removed.holder} since ${removed.acquiredAt}.\n`);
  });
}
