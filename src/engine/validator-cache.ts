/**
 * A V8 code cache for the manifest validator. The validator is a megabyte of generated code
 * (src/schema/validator-body.cjs); parsing and compiling it was a third of a `validate` of a
 * small manifest, and Node 20 caches no module's compiled code. The build
 * (scripts/validator-cache.mjs) compiles the file once, runs the validator over the examples so
 * that its lazily compiled functions are compiled too, and stores V8's code cache next to it. At
 * start-up the command line installs `cachedValidatorLoader`, which compiles the file through
 * `vm.Script` with that cache.
 *
 * The cache file is the SHA-256 of the validator code it was made from, a newline, then V8's
 * bytes. V8 checks its own version and flags, but of the source only its length, so the hash is
 * what keeps a cache from running with other code: a cache of other code, a file of other code,
 * or a cache V8 rejects is not used, and the file is then compiled as without a cache (or, when
 * it cannot be read, `require`d by the default load). The cache only ever saves time.
 */
import { isAscii } from 'node:buffer';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { VALIDATOR_BODY_URL, type ValidatorBody, type ValidatorLoader } from '../schema/validator.js';
import { validatorBodyHash } from '../schema/compiled-validator.js';

/** The cache's file name, next to validator-body.cjs (dist/schema/ after a build). */
export const VALIDATOR_CACHE_NAME = 'validator-body.cache';

/** What a load with a cache did (tests). */
export type ValidatorCacheOutcome = 'used' | 'rejected' | 'absent';

function wrapped(text: string): string {
  return `(function (module, exports, require) {${text}\n})`;
}

function readOrUndefined(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/** A file's text: ASCII (scripts/build-schema.mjs keeps the validator so) as a one-byte string, without UTF-8 decoding. */
function asText(bytes: Buffer): string {
  return bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
}

/** The cached bytes when the cache was made from code of `bodyHash`. */
function cacheFor(bytes: Buffer | undefined, bodyHash: string): Buffer | undefined {
  if (!bytes || bytes.indexOf(0x0a) !== 64 || bytes.subarray(0, 64).toString('latin1') !== bodyHash) return undefined;
  return bytes.subarray(65);
}

/** `require` from this package: the validator's ajv runtime helpers resolve from its node_modules. */
const requireHere = createRequire(import.meta.url);

/** Runs the file's text as CommonJS in this context and returns its exports. */
function runBody(script: vm.Script): ValidatorBody {
  const module = { exports: {} as unknown };
  const fn = script.runInThisContext() as (module: unknown, exports: unknown, require: NodeJS.Require) => void;
  fn(module, module.exports, requireHere);
  return module.exports as ValidatorBody;
}

/**
 * A loader that compiles validator-body.cjs with the code cache beside it (`cacheName`), when
 * both the file and the cache are of the code the schema module names. `report` says what it did.
 */
export function cachedValidatorLoader(cacheName: string = VALIDATOR_CACHE_NAME, report?: (outcome: ValidatorCacheOutcome) => void): ValidatorLoader {
  return (location, bodyHash) => {
    const bytes = readOrUndefined(fileURLToPath(location));
    const text = bytes && asText(bytes);
    if (text === undefined || !text.includes(`hash: ${JSON.stringify(bodyHash)}`)) return undefined;
    const cachedData = cacheFor(readOrUndefined(fileURLToPath(new URL(cacheName, location))), bodyHash);
    const script = new vm.Script(wrapped(text), { filename: fileURLToPath(location), ...(cachedData ? { cachedData } : {}) });
    report?.(cachedData === undefined ? 'absent' : script.cachedDataRejected ? 'rejected' : 'used');
    return runBody(script);
  };
}

/**
 * Compiles validator-body.cjs at `location`, runs its validator over `warmUp` documents (so the
 * functions they reach are compiled and cached too), and writes the cache beside it (a temporary
 * file, then a rename). Returns the cache's size in bytes.
 */
export function writeValidatorCache(warmUp: readonly unknown[], location: URL = VALIDATOR_BODY_URL, cacheName: string = VALIDATOR_CACHE_NAME): number {
  const text = readFileSync(fileURLToPath(location), 'utf8');
  const script = new vm.Script(wrapped(text), { filename: fileURLToPath(location) });
  const body = runBody(script);
  if (body.hash !== validatorBodyHash) throw new Error(`${fileURLToPath(location)} is of another build than the schema module: run \`npm run build\``);
  const validate = body.create(requireHere);
  for (const doc of warmUp) validate(doc);
  const bytes = Buffer.concat([Buffer.from(`${body.hash}\n`, 'latin1'), script.createCachedData()]);
  const target = fileURLToPath(new URL(cacheName, location));
  const temporary = `${target}.${process.pid}.tmp`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, target);
  return bytes.length;
}
