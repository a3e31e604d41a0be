import { describe, expect, it } from 'vitest';
import * as c from '../../src/validate/coolify-patterns.js';

/**
 * Accept/reject tables for each of Coolify's value rules (app/Support/ValidationPatterns.php,
 * bootstrap/helpers/shared.php), taken from the rule definitions and their doc comments.
 */
type Check = (v: string) => string | undefined;

const table: Array<[string, Check, string[], string[]]> = [
  // VP:13 NAME_PATTERN + nameRules() min 3 / max 255
  ['name', c.checkCoolifyName, ['ado', 'Shop / EU', 'Ærø-prod', 'a_b.c@d&(e)#f,g:h+i'], ['qa', 'x;y', 'a[b]', 'a<b>', 'a'.repeat(256), 'cost$']],
  // VP:18 DESCRIPTION_PATTERN + descriptionRules() max 255 (checked against Coolify 4.3.11 for `;`, `[`, `:`, 256 chars)
  [
    'description',
    (v) => c.checkCoolifyDescription(v),
    ['ADO, the agentic development orchestrator', "It's \"fine\" = ok! (really?) +*/@&", 'ADO (managed by ado-coolify) (protect)', 'Žluťoučký kůň'],
    ['Pre-production; smaller', 'x [managed by ado-coolify]', 'a:b', 'issue #1', 'a<b', 'a'.repeat(256), 'tab|pipe'],
  ],
  // VP:24 FILE_PATH_PATTERN
  ['file path', c.checkFilePath, ['/Dockerfile', '/apps/web/Dockerfile.prod', '/a/~b/@c+d'], ['Dockerfile', '/', '/a b', '/a;b', '/a$b']],
  // VP:30 DIRECTORY_PATH_PATTERN (bare "/" allowed)
  ['directory path', c.checkDirectoryPath, ['/', '/apps/web', '/dist/'], ['apps/web', '', '/a b', '/a:b']],
  // VP:36 DOCKER_TARGET_PATTERN
  ['docker target', c.checkDockerTarget, ['runtime', 'build-1.2_x'], ['-x', '.x', 'a b', 'a:b']],
  // VP:75 SHELL_SAFE_COMMAND_PATTERN (examples from its doc comment)
  [
    'shell-safe command',
    (v) => c.checkShellSafeCommand(v),
    ['docker compose build && docker tag x && docker push y', 'make build || make clean', 'rm *.tmp', 'cp src/?.js dist/', '! grep -q foo && echo missing', 'docker compose up -d --build-arg VERSION="1.0.0"', `--entrypoint "sh -c 'npm start'"`],
    ['npm ci; npm run build', 'echo $HOME', 'echo `id`', 'a | b', 'sleep 1 &', 'a > b', 'echo "$X"', '(cd x)'],
  ],
  // VP:104 S3_BUCKET_NAME_PATTERN + isValidS3BucketName()
  ['bucket', c.checkBucketName, ['ado-backups', 'a.b.c', 'abc', '1bucket9'], ['b', 'ab', 'Ado', '-abc', 'abc-', 'a..b', 'a.-b', 'a-.b', '192.168.1.1', 'a'.repeat(64), 'a_b']],
  // VP:110 ENVIRONMENT_VARIABLE_KEY_PATTERN + max 255 (after trim)
  ['env key', c.checkEnvKey, ['PORT', '_X', 'a.b_C9', ' PORT '], ['9X', 'A-B', 'A B', 'A$', 'A'.repeat(256)]],
  // VP:116 APPLICATION_DOMAIN_FORBIDDEN_PATTERN
  ['domain characters', c.checkDomainCharacters, ['https://a.example.com', 'https://a.example.com:3001/ws'], ['https://a.com/$x', 'https://a.com;b', 'https://a.com/(x)', 'https://a.com|b', 'https://a.com/`x`']],
  // VP:137 DOCKER_IMAGE_NAME_PATTERN
  ['image name', c.checkImageName, ['nginx', 'ghcr.io/dxheroes/ado/api-gateway', 'localhost:5000/a_b', 'registry.example.com/a__b/c--d', 'nginx@sha256'], ['Nginx', 'ghcr.io/Org/app', 'a b', '-nginx', 'nginx:', 'a/$x']],
  // VP:146 DOCKER_IMAGE_TAG_PATTERN; a sha256 digest is allowed in the manifest (only the hex is sent)
  ['image tag', c.checkImageTag, ['1.4.2', 'latest', '_x', 'A-b.c', 'x'.repeat(128), `sha256:${'a'.repeat(64)}`], ['-x', '.x', 'x'.repeat(129), 'a:b', 'sha256:abc', `sha256:${'A'.repeat(64)}`]],
  // bootstrap/helpers/shared.php:244-273 validateFileMountPath()
  ['file mount path', c.checkFileMountPath, ['/etc/nginx/nginx.conf', '/app/.env', '/a/b..c'], ['/etc/../passwd', '/a/./b', '/a\\b', '/a;b', '/a|b', '/a$(x)', '/a&b']],
];

describe.each(table)("Coolify rule: %s", (_name, check, accepts, rejects) => {
  it.each(accepts)('accepts %j', (v) => expect(check(v)).toBeUndefined());
  it.each(rejects)('rejects %j', (v) => expect(check(v)).toEqual(expect.any(String)));
});

describe('description length counts the ownership marker', () => {
  it('255 characters in total, marker included', () => {
    expect(c.checkCoolifyDescription('a'.repeat(230), 25)).toBeUndefined();
    expect(c.checkCoolifyDescription('a'.repeat(231), 25)).toMatch(/256 characters/);
  });
});

describe('storedEnvironmentName (Environment.php:143-146)', () => {
  it.each([
    ['Staging', 'staging'],
    ['Feat/X', 'feat-x'],
    ['  Spaced  ', 'spaced'],
    ['production', 'production'],
    ['a<b>x</b>c', 'axc'],
    ['x < y', 'x < y'],
  ])('%j is stored as %j (checked against Coolify 4.3.11 for the first three)', (name, stored) => {
    expect(c.storedEnvironmentName(name)).toBe(stored);
  });
});
