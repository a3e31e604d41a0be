/** Turns init flags into complete options: prompts on a terminal, defaults otherwise. */
import { AdoError } from '../errors.js';
import { INIT_DEFAULTS, checkInitOptions, projectNameFromDir, type InitOptions } from './options.js';
import { promptMissing, type Ask, type PartialInitOptions } from './prompt.js';

/** How missing values are filled. */
export interface CompleteContext {
  /** Base name of the target directory, for the default project name. */
  dirName: string;
  /** Ask questions (a TTY and no `--yes`); otherwise defaults are used. */
  ask?: Ask;
}

/** Fills missing values and checks the result; throws AdoError (exit 1) when it cannot. */
export async function completeInitOptions(partial: PartialInitOptions, ctx: CompleteContext): Promise<InitOptions> {
  const defaultProject = projectNameFromDir(ctx.dirName);
  if (ctx.ask) return checkInitOptions(await promptMissing(partial, defaultProject, ctx.ask));
  const project = partial.project ?? defaultProject;
  if (project === undefined) {
    throw new AdoError('ADO_INIT_NO_PROJECT', `cannot derive a project name from the directory name "${ctx.dirName}"`, {
      hint: 'pass --project NAME (3 or more characters)',
    });
  }
  const noResources = partial.apps.length === 0 && partial.databases.length === 0;
  return checkInitOptions({
    project,
    environments: partial.environments.length > 0 ? partial.environments : [INIT_DEFAULTS.environment],
    apps: noResources ? [{ ...INIT_DEFAULTS.app }] : partial.apps,
    databases: partial.databases,
    server: partial.server ?? INIT_DEFAULTS.server,
    githubWorkflows: partial.githubWorkflows ?? false,
  });
}
