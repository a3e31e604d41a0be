/**
 * The manifest's compiled JSON Schema validator, loaded on first use from the generated
 * `validator-body.cjs` (scripts/build-schema.mjs says why it is a file of its own). By default
 * it is `require`d. The shell may install a loader that compiles it with a V8 code cache
 * (src/engine/validator-cache.ts): the same code, without parsing and compiling a megabyte of
 * it at every start-up.
 */
import { createRequire } from 'node:module';
import { validatorBodyHash } from './compiled-validator.js';

/** ajv's standalone validator: true when valid; on failure `errors` holds ajv's error objects. */
export type ManifestValidator = ((data: unknown) => boolean) & { errors?: unknown };

/** What validator-body.cjs exports: the code's hash and the function that makes the validator. */
export interface ValidatorBody {
  hash: string;
  create(require: NodeJS.Require): ManifestValidator;
}

/**
 * Loads validator-body.cjs for code of the given hash; undefined hands over to the default load.
 * `location` is the file's URL.
 */
export type ValidatorLoader = (location: URL, bodyHash: string) => ValidatorBody | undefined;

const VALIDATOR_BODY_PATH = '../schema/validator-body.cjs';

/**
 * The generated file, from here and from the command line's bundle alike: src/schema/ and
 * dist/schema/ hold it; dist/cli-bundle/../schema/ is dist/schema/.
 */
export const VALIDATOR_BODY_URL = new URL(VALIDATOR_BODY_PATH, import.meta.url);

const requireHere = createRequire(import.meta.url);
let loader: ValidatorLoader | undefined;
let compiled: ManifestValidator | undefined;

/** Installs how validator-body.cjs is loaded (before the first validation; a later call reloads). */
export function setValidatorLoader(next: ValidatorLoader | undefined): void {
  loader = next;
  compiled = undefined;
}

/** The validator, loaded on first use; refuses a validator-body.cjs of another schema build. */
export function manifestValidator(): ManifestValidator {
  if (compiled) return compiled;
  const body = loader?.(VALIDATOR_BODY_URL, validatorBodyHash) ?? (requireHere(VALIDATOR_BODY_PATH) as ValidatorBody);
  if (body.hash !== validatorBodyHash) {
    throw new Error('the manifest validator (schema/validator-body.cjs) is of another build than the schema module: run `npm run build`');
  }
  compiled = body.create(requireHere);
  return compiled;
}
