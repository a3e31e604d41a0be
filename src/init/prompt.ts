/**
 * Interactive completion of `init` options on a terminal: one question per missing value,
 * each with a default accepted by pressing Enter. The question function is injected.
 */
import { INIT_DEFAULTS, parseApp, parseDatabase, type InitApp, type InitDatabase } from './options.js';

/** What the flags gave; undefined/empty means "not given". */
export interface PartialInitOptions {
  project?: string;
  environments: string[];
  apps: InitApp[];
  databases: InitDatabase[];
  server?: string;
  githubWorkflows?: boolean;
}

/** Asks one question and returns the answer (without the newline). */
export type Ask = (question: string) => Promise<string>;

function list(answer: string): string[] {
  return answer
    .split(/[,\s]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Asks for every missing value; answers are parsed and checked like flags (an error throws). */
export async function promptMissing(partial: PartialInitOptions, defaultProject: string | undefined, ask: Ask): Promise<Required<PartialInitOptions>> {
  const withDefault = async (q: string, d: string): Promise<string> => {
    const answer = (await ask(d === '' ? `${q}: ` : `${q} [${d}]: `)).trim();
    return answer === '' ? d : answer;
  };
  const project = partial.project ?? (await withDefault('Project name', defaultProject ?? ''));
  const environments = partial.environments.length > 0 ? partial.environments : list(await withDefault('Environments (comma-separated)', INIT_DEFAULTS.environment));
  const server = partial.server ?? (await withDefault('Coolify server name', INIT_DEFAULTS.server));
  let apps = partial.apps;
  let databases = partial.databases;
  if (apps.length === 0 && databases.length === 0) {
    databases = list(await withDefault('Databases as NAME=TYPE (comma-separated, e.g. db=postgresql; empty for none)', '')).map(parseDatabase);
    const d = INIT_DEFAULTS.app;
    apps = list(await withDefault('Applications as NAME=IMAGE (comma-separated)', `${d.name}=${d.image}`)).map(parseApp);
  }
  const githubWorkflows =
    partial.githubWorkflows ?? /^y(es)?$/i.test((await withDefault('Add GitHub workflows to .github/workflows? (y/N)', 'n')).trim());
  return { project, environments, apps, databases, server, githubWorkflows };
}
