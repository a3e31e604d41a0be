import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedValidatorLoader, writeValidatorCache, VALIDATOR_CACHE_NAME, type ValidatorCacheOutcome } from '../../src/engine/validator-cache.js';
import { manifestValidator, setValidatorLoader, VALIDATOR_BODY_URL } from '../../src/schema/validator.js';
import { validatorBodyHash } from '../../src/schema/compiled-validator.js';

const requireHere = createRequire(import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'ado-validator-cache-'));
afterAll(() => {
  setValidatorLoader(undefined);
  rmSync(dir, { recursive: true, force: true });
});

/** A copy of the generated validator-body.cjs in a directory of its own. */
function copyOfBody(name: string): URL {
  const sub = mkdtempSync(join(dir, `${name}-`));
  const target = join(sub, 'validator-body.cjs');
  copyFileSync(VALIDATOR_BODY_URL, target);
  return pathToFileURL(target);
}

const valid = { version: 1, projects: { shop: { environments: { production: {} } } } };
const invalid = { version: 2, projects: {} };

/** Loads through the cached loader and says what it did. */
function loadWith(location: URL): { outcome: ValidatorCacheOutcome | undefined; body: ReturnType<ReturnType<typeof cachedValidatorLoader>> } {
  let outcome: ValidatorCacheOutcome | undefined;
  const body = cachedValidatorLoader(VALIDATOR_CACHE_NAME, (o) => (outcome = o))(location, validatorBodyHash);
  return { outcome, body };
}

describe('the validator code cache', () => {
  it('is used when it was made from the same code, and validates as the plain load does', () => {
    const location = copyOfBody('same');
    const bytes = writeValidatorCache([valid], location);
    expect(bytes).toBeGreaterThan(1000);
    const { outcome, body } = loadWith(location);
    expect(outcome).toBe('used');
    const validate = body!.create(requireHere);
    expect(validate(valid)).toBe(true);
    expect(validate(invalid)).toBe(false);
    expect(JSON.stringify(validate.errors)).toContain('/version');
  });

  it('is not used when it was made from other code (V8 checks only the length; the hash header decides)', () => {
    const location = copyOfBody('other');
    writeValidatorCache([valid], location);
    const cache = new URL(VALIDATOR_CACHE_NAME, location);
    const bytes = readFileSync(cache);
    // same length, another hash: a cache of another build
    writeFileSync(cache, Buffer.concat([Buffer.from('0'.repeat(64), 'latin1'), bytes.subarray(64)]));
    const { outcome, body } = loadWith(location);
    expect(outcome).toBe('absent');
    expect(body!.create(requireHere)(valid)).toBe(true);
  });

  it('compiles without it when V8 rejects the bytes, and still validates', () => {
    const location = copyOfBody('corrupt');
    writeFileSync(new URL(VALIDATOR_CACHE_NAME, location), Buffer.concat([Buffer.from(`${validatorBodyHash}\n`, 'latin1'), Buffer.from('not a V8 code cache')]));
    const { outcome, body } = loadWith(location);
    expect(outcome).toBe('rejected');
    expect(body!.create(requireHere)(invalid)).toBe(false);
  });

  it('hands over to the default load when the file is missing or holds other code', () => {
    const missing = pathToFileURL(join(dir, 'nowhere', 'validator-body.cjs'));
    expect(loadWith(missing).body).toBeUndefined();
    const location = copyOfBody('stale');
    writeFileSync(location, readFileSync(location, 'utf8').replace(`hash: ${JSON.stringify(validatorBodyHash)}`, `hash: "${'1'.repeat(64)}"`));
    expect(loadWith(location).body).toBeUndefined();
  });

  it('is what the schema validator runs once installed, and a stale body is refused, not run', () => {
    let outcome: ValidatorCacheOutcome | undefined;
    setValidatorLoader(cachedValidatorLoader(VALIDATOR_CACHE_NAME, (o) => (outcome = o)));
    expect(manifestValidator()(valid)).toBe(true);
    expect(outcome).toBeDefined();
    setValidatorLoader(() => ({ hash: '2'.repeat(64), create: () => Object.assign(() => true, {}) }));
    expect(() => manifestValidator()).toThrow(/another build/);
    setValidatorLoader(undefined);
    expect(manifestValidator()(invalid)).toBe(false);
  });
});
