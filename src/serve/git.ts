/**
 * The git side of `serve`: a clone of `--repo` under `--data-dir`, fetched with the system
 * `git` and checked out, detached, at the exact head of `--branch`. Credentials (a token from a
 * file, a deploy key) reach git through its environment only: never in argv (visible to `ps`),
 * never in `.git/config`, never in what `displayUrl` shows.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { AdoError } from '../errors.js';
import { CODES } from '../model/diagnostic-codes.js';

/** Where the manifests come from and how to authenticate. */
export interface GitSourceOptions {
  /** https or file URL, or a local path (relative to `cwd`). */
  repo: string;
  branch: string;
  /** The directory the clone lives in (created). */
  dir: string;
  /** The directory a relative `repo` path is resolved against. */
  cwd: string;
  /** A file holding a token for https (sent as HTTP basic auth, user `x-access-token` unless the URL names one). */
  tokenFile?: string;
  /** A private key file for ssh URLs (a deploy key). */
  sshKeyFile?: string;
  /** Longest a git command may take (default 2 minutes). */
  timeoutMs?: number;
}

/** A URL's credentials, split from it. */
interface SplitUrl {
  /** The URL without user and password (what git is given and what is shown). */
  bare: string;
  user?: string;
  password?: string;
}

/** Splits `https://user:pass@host/x` into the bare URL and its credentials; paths are returned unchanged. */
export function splitCredentials(repo: string): SplitUrl {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(repo)) {
    // scp-like `git@host:org/repo.git`: the user is no secret
    return { bare: repo };
  }
  try {
    const url = new URL(repo);
    if (url.username === '' && url.password === '') return { bare: repo };
    const user = decodeURIComponent(url.username);
    const password = url.password === '' ? undefined : decodeURIComponent(url.password);
    url.username = '';
    url.password = '';
    // a user without a password on ssh (ssh://git@host/…) is no secret: kept
    if (password === undefined && url.protocol === 'ssh:') return { bare: repo };
    return { bare: url.toString(), ...(user ? { user } : {}), ...(password !== undefined ? { password } : {}) };
  } catch {
    return { bare: repo };
  }
}

/** The repository as shown in status, logs and history: without credentials. */
export function displayUrl(repo: string): string {
  return splitCredentials(repo).bare;
}

/** True when the repo is a local path rather than a URL. */
function isLocalPath(repo: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:\/\//i.test(repo) && !/^[^/]+@[^/]+:/.test(repo);
}

/** A branch name git accepts, and no option in disguise. */
export function checkBranchName(branch: string): void {
  if (branch === '' || branch.startsWith('-') || /[\s~^:?*[\\]|\.\.|@\{/.test(branch) || branch.endsWith('/') || branch.endsWith('.lock')) {
    throw new AdoError(CODES.BAD_ARGUMENT.code, `--branch "${branch}" is not a valid branch name`, { hint: 'for example: --branch main' });
  }
}

/** A clone of the watched repository. */
export class GitSource {
  private readonly bare: string;
  private readonly env: Record<string, string>;
  private readonly timeoutMs: number;
  /** The secrets git was given (for scrubbing its messages). */
  readonly secrets: string[] = [];

  constructor(private readonly options: GitSourceOptions) {
    checkBranchName(options.branch);
    const split = splitCredentials(options.repo);
    this.bare = isLocalPath(split.bare) ? resolve(options.cwd, split.bare) : split.bare;
    this.timeoutMs = options.timeoutMs ?? 120_000;
    const env: Record<string, string> = {
      // never ask on a terminal: fail instead
      GIT_TERMINAL_PROMPT: '0',
      GIT_ASKPASS: 'echo',
      // no user or system configuration (credential helpers, hooks, rewrites) leaks in
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
      LC_ALL: 'C',
    };
    const token = options.tokenFile !== undefined ? readSecretFile(options.tokenFile, options.cwd, '--git-token-file') : split.password;
    const config: Array<[string, string]> = [['safe.directory', '*']];
    if (token !== undefined) {
      const basic = Buffer.from(`${split.user ?? 'x-access-token'}:${token}`).toString('base64');
      config.push(['http.extraHeader', `Authorization: Basic ${basic}`]);
      this.secrets.push(token, basic);
    }
    env.GIT_CONFIG_COUNT = String(config.length);
    config.forEach(([key, value], i) => {
      env[`GIT_CONFIG_KEY_${i}`] = key;
      env[`GIT_CONFIG_VALUE_${i}`] = value;
    });
    if (options.sshKeyFile !== undefined) {
      const key = isAbsolute(options.sshKeyFile) ? options.sshKeyFile : resolve(options.cwd, options.sshKeyFile);
      if (!existsSync(key)) throw new AdoError(CODES.BAD_ARGUMENT.code, `--git-ssh-key-file ${options.sshKeyFile} does not exist`, { hint: 'give the path of the deploy key\'s private key file' });
      env.GIT_SSH_COMMAND = `ssh -i '${key.replace(/'/g, "'\\''")}' -o IdentitiesOnly=yes -o StrictHostKeyChecking=accept-new -o BatchMode=yes`;
    }
    this.env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: options.dir, ...env };
  }

  /** The repository as shown: without credentials. */
  get shownUrl(): string {
    return displayUrl(this.options.repo);
  }

  /** The working tree the manifests are read from. */
  get workTree(): string {
    return join(this.options.dir, 'repo');
  }

  /**
   * Fetches the branch and checks out its head, detached and clean; returns the commit sha.
   * The first call initialises the clone.
   */
  async sync(signal?: AbortSignal): Promise<string> {
    const tree = this.workTree;
    if (!existsSync(join(tree, '.git'))) {
      mkdirSync(tree, { recursive: true });
      await this.git(['init', '--quiet', tree], this.options.dir, signal);
    }
    const ref = `refs/remotes/origin/${this.options.branch}`;
    await this.git(['fetch', '--quiet', '--prune', '--no-tags', this.bare, `+refs/heads/${this.options.branch}:${ref}`], tree, signal);
    const sha = (await this.git(['rev-parse', '--verify', `${ref}^{commit}`], tree, signal)).trim();
    await this.git(['checkout', '--quiet', '--force', '--detach', sha], tree, signal);
    await this.git(['clean', '-ffdx', '--quiet'], tree, signal);
    return sha;
  }

  private git(args: string[], cwd: string, signal?: AbortSignal): Promise<string> {
    return new Promise((resolvePromise, reject) => {
      execFile('git', args, { cwd, env: this.env, timeout: this.timeoutMs, maxBuffer: 4 * 1024 * 1024, ...(signal ? { signal } : {}) }, (err, stdout, stderr) => {
        if (!err) return resolvePromise(stdout);
        const what = args[0] === 'fetch' ? `git fetch of ${this.shownUrl} (branch ${this.options.branch})` : `git ${args[0]}`;
        const detail = String(stderr || err.message).trim().split('\n').slice(-3).join(' ');
        reject(new AdoError('ADO_GIT_FAILED', `${what} failed: ${scrubAll(detail, [...this.secrets, this.options.repo])}`, {
          hint: args[0] === 'fetch' ? 'check --repo, --branch and the credentials (--git-token-file, --git-ssh-key-file)' : 'check that --data-dir is writable',
        }));
      });
    });
  }
}

/** Replaces each secret in the text (plain substring; git messages echo them verbatim). */
function scrubAll(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) if (s.length >= 4) out = out.split(s).join('[redacted]');
  return out;
}

/** Reads a one-line secret file (token, admin token, webhook secret); a clear error otherwise. */
export function readSecretFile(path: string, cwd: string, flag: string): string {
  let text: string;
  try {
    text = readFileSync(isAbsolute(path) ? path : resolve(cwd, path), 'utf8');
  } catch {
    throw new AdoError(CODES.BAD_ARGUMENT.code, `${flag} ${path} cannot be read`, { hint: `create the file with the value on one line, readable by this user (chmod 600 ${path})` });
  }
  const value = text.trim();
  if (value === '') throw new AdoError(CODES.BAD_ARGUMENT.code, `${flag} ${path} is empty`, { hint: 'write the value on one line' });
  return value;
}
