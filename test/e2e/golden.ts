import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), 'golden');

/** Replaces what changes between runs (URL/port, times, uuids, hashes) with stable tokens. */
export function normalizePlanOutput(text: string, url: string): string {
  return text
    .split(url)
    .join('http://127.0.0.1:PORT')
    .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g, '<TIME>')
    .replace(/"liveFingerprint":( ?)"[0-9a-f]+"/g, '"liveFingerprint":$1"<FINGERPRINT>"')
    .replace(/"toolVersion": "[^"]+"/g, '"toolVersion": "<VERSION>"')
    // the manifest's sha256 (64 hex digits; value hashes are shorter) changes with every edit
    // (`"hash": "…"`, or `"hash":"…"` inside an object a saved plan writes on one line)
    .replace(/"hash":( ?)"[0-9a-f]{64}"/g, '"hash":$1"<MANIFEST-SHA256>"')
    .replace(/ado-coolify \d+\.\d+\.\d+/g, 'ado-coolify <VERSION>');
}

/** Compares with a golden file; `UPDATE_GOLDEN=1` rewrites it. */
export function expectGolden(name: string, actual: string): void {
  const file = join(GOLDEN_DIR, name);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) {
    if (process.env.UPDATE_GOLDEN !== '1' && process.env.CI) throw new Error(`golden file ${name} is missing`);
    mkdirSync(GOLDEN_DIR, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}
