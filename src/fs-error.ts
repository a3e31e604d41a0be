import { AdoError } from './errors.js';
import { CODES } from './model/diagnostic-codes.js';

/**
 * File-system failures (a missing directory, a directory where a file belongs, no permission)
 * are the user's to fix, not bugs: this turns Node's errno errors into an AdoError that names
 * the path and the reason in words. Pure: it only inspects the error object.
 */

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'it is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  EEXIST: 'a file with that name already exists',
  ENOTEMPTY: 'the directory is not empty',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'too many symbolic links',
  EMFILE: 'too many open files',
  EBUSY: 'the file is busy',
};

const VERBS: Record<string, string> = {
  open: 'open',
  read: 'read',
  write: 'write',
  mkdir: 'create the directory',
  rename: 'write',
  scandir: 'read the directory',
  unlink: 'remove',
  rmdir: 'remove the directory',
  stat: 'read',
  lstat: 'read',
  access: 'access',
  copyfile: 'copy to',
  chmod: 'change the mode of',
};

/** Whether `err` is a Node file-system error (an errno code and a path). */
export function isFileSystemError(err: unknown): err is NodeJS.ErrnoException & { code: string; path: string } {
  if (!(err instanceof Error)) return false;
  const e = err as NodeJS.ErrnoException;
  return typeof e.code === 'string' && typeof e.path === 'string' && e.code in REASONS;
}

/** The reason of a file-system error in words (`it is a directory`), or its code. */
export function fileSystemReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return code !== undefined ? (REASONS[code] ?? code) : 'read error';
}

/**
 * The user error for a file-system failure, or undefined when `err` is not one. `path` replaces
 * the path in the error (for example a temporary file written next to the real one).
 */
export function fileSystemError(err: unknown, path?: string): AdoError | undefined {
  if (!isFileSystemError(err)) return undefined;
  const verb = VERBS[err.syscall ?? ''] ?? 'use';
  const where = path ?? err.path;
  return new AdoError(CODES.FILE_UNUSABLE.code, `cannot ${verb} ${where}: ${REASONS[err.code]}`, {
    hint: err.code === 'EACCES' || err.code === 'EPERM' ? 'check the permissions of the path, or choose another one' : 'check the path, or choose another one',
    cause: err,
  });
}
