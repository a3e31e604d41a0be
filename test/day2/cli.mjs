// Test entry point: the real CLI (dist/) with the day-2 commands registered when main.ts does
// not register them yet. Run with `node test/day2/cli.mjs ARGS…` after `npm run build`.
import { CommanderError } from 'commander';
import { buildProgram } from '../../dist/cli/main.js';
import { reportError } from '../../dist/cli/report-error.js';

const program = buildProgram();
const names = ['previews', 'scale', 'autoscale', 'status', 'logs', 'deploy'];
for (const name of names) {
  if (program.commands.some((c) => c.name() === name)) continue;
  const mod = await import(`../../dist/cli/commands/${name}.js`);
  const register = mod[`register${name[0].toUpperCase()}${name.slice(1)}`];
  register(program);
}
for (const cmd of program.commands) cmd.exitOverride().showHelpAfterError('(run with --help for usage)');
try {
  await program.parseAsync(process.argv);
} catch (err) {
  process.exitCode = err instanceof CommanderError ? (err.exitCode === 0 ? 0 : 1) : reportError(err);
}
