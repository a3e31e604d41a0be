import type { Command } from 'commander';
import { addOptionAliases } from '../options.js';
import { isInteractive, type CliIo, type CommandHost } from '../io.js';

interface InitFlags {
  project?: string;
  env: string[];
  app: string[];
  database: string[];
  server?: string;
  githubWorkflows?: boolean;
  dir: string;
  force?: boolean;
  yes?: boolean;
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** `ado-coolify init`: writes a starter ado.coolify.yaml (and, optionally, GitHub workflows). */
export function registerInit(program: Command, host: CommandHost): void {
  program
    .command('init')
    .description('write a starter ado.coolify.yaml (and optionally GitHub workflows)')
    .option('--project <name>', 'Coolify project name (default: the directory name)')
    .option('--env <name>', 'environment (repeatable; default: production)', collect, [])
    .option('--app <name=image>', 'an application from a Docker image (repeatable)', collect, [])
    .option('--database <name=type>', 'a database: postgresql, mysql, mariadb, mongodb, redis, keydb, dragonfly, clickhouse (repeatable)', collect, [])
    .option('--server <name>', 'Coolify server name (default: localhost)')
    .option('--github-workflows', 'also write the example workflows to .github/workflows/')
    .option('--dir <dir>', 'where to write', '.')
    .option('--force', 'overwrite existing files')
    .option('-y, --yes', 'ask nothing: use defaults for what the flags leave out')
    .addHelpText(
      'after',
      `
On a terminal, init asks for what the flags leave out (Enter accepts the default); without a
terminal, or with --yes, it uses the defaults. It never overwrites a file without --force.
With exactly one database, every app gets DATABASE_URL (REDIS_URL for redis, keydb, dragonfly)
set to \${databases.NAME.internalUrl}.

Examples:
  ado-coolify init
  ado-coolify init --project shop --app api=ghcr.io/acme/api:1.0.0 --database db=postgresql --github-workflows
  ado-coolify init --yes --env production --env staging`,
    )
    .action(host.run(async (flags: InitFlags, io: CliIo) => {
      const [{ resolve, basename }, init] = await Promise.all([import('node:path'), import('../../init/index.js')]);
      const dir = resolve(io.cwd, flags.dir);
      const interactive = !flags.yes && isInteractive(io);
      let rl: import('node:readline/promises').Interface | undefined;
      try {
        if (interactive) {
          const { createInterface } = await import('node:readline/promises');
          rl = createInterface({ input: io.stdin, output: io.stdout });
        }
        const reader = rl;
        const options = await init.completeInitOptions(
          {
            project: flags.project,
            environments: flags.env,
            apps: flags.app.map(init.parseApp),
            databases: flags.database.map(init.parseDatabase),
            server: flags.server,
            githubWorkflows: flags.githubWorkflows,
          },
          { dirName: basename(dir), ask: reader ? (q) => reader.question(q) : undefined },
        );
        const written = await init.writeInitFiles(dir, init.planInitFiles(options), flags.force === true, io.cwd);
        for (const file of written) io.stdout.write(`wrote ${file}\n`);
        io.stdout.write(
          '\nNext:\n  npm install --save-dev ado-coolify   # for the $schema path and editor completion\n' +
            '  ado-coolify validate\n  COOLIFY_URL=… COOLIFY_TOKEN=… ado-coolify plan\n',
        );
      } finally {
        rl?.close();
      }
    }));
  // `--environment` was this command's name for `--env`: both are accepted
  addOptionAliases(program);
}
