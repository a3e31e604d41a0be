// Benchmark of `ado-coolify validate` as a whole process: median and p90 wall time, peak RSS.
// Usage: node bench/validate.mjs [runs]   (needs `npm run build`)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MANIFEST = 'ado.coolify.yaml';

/** Dummy values for every `${env.X}` and `${secrets.X}` the manifest uses. */
function dummyEnv() {
  const text = readFileSync(join(ROOT, MANIFEST), 'utf8');
  const env = { PATH: process.env.PATH ?? '' };
  for (const m of text.matchAll(/\$\{\s*(?:env|secrets)\.([A-Za-z0-9_.-]+)\s*\}/g)) env[m[1]] = m[1].includes('URL') ? 'https://bench.example.com' : 'bench-dummy';
  return env;
}

function percentile(sorted, p) {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)];
}

/**
 * Runs `validate -f file` `runs` times (default: the ADO manifest with dummy values); returns
 * median and p90 wall time (ms), peak RSS (MB), and the last run's exit code and stderr.
 */
export async function benchValidate({ runs = 20, file = MANIFEST, env: extraEnv } = {}) {
  const env = file === MANIFEST ? dummyEnv() : { PATH: process.env.PATH ?? '', ...extraEnv };
  const useTime = existsSync('/usr/bin/time');
  const dir = mkdtempSync(join(tmpdir(), 'ado-bench-'));
  const preload = join(dir, 'rss.mjs');
  // fallback: report maxRSS (KiB) on fd 3 at exit
  writeFileSync(preload, "import { writeSync } from 'node:fs';\nprocess.on('exit', () => { try { writeSync(3, String(process.resourceUsage().maxRSS)); } catch {} });\n");
  const times = [];
  let peakKb = 0;
  let last;
  try {
    for (let i = 0; i < runs; i++) {
      const nodeArgs = useTime ? [] : ['--import', preload];
      const cmd = useTime ? '/usr/bin/time' : process.execPath;
      const args = [...(useTime ? ['-f', '%M', process.execPath] : nodeArgs), 'bin/ado-coolify.js', 'validate', '-f', file];
      const start = process.hrtime.bigint();
      const r = spawnSync(cmd, args, { cwd: ROOT, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe', 'pipe'] });
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
      const rssText = useTime ? (r.stderr.trim().split('\n').pop() ?? '') : (r.output?.[3] ?? '');
      const kb = Number.parseInt(String(rssText).trim(), 10);
      if (Number.isFinite(kb)) peakKb = Math.max(peakKb, kb);
      if (r.error) throw r.error;
      last = r;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  times.sort((a, b) => a - b);
  // /usr/bin/time adds its own lines (the RSS last, and 'Command exited with …' on failure)
  const stderr = useTime ? (last?.stderr ?? '').split('\n').slice(0, -2).filter((l) => !l.startsWith('Command exited with non-zero status')).join('\n') : (last?.stderr ?? '');
  return { medianMs: percentile(times, 50), p90Ms: percentile(times, 90), peakRssMb: peakKb / 1024, exitCode: last?.status, stderr, stdout: last?.stdout ?? '' };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const runs = Number(process.argv[2] ?? 20);
  const r = await benchValidate({ runs });
  console.log('ado-coolify validate -f ado.coolify.yaml');
  console.log(`  runs        ${runs}`);
  console.log(`  median      ${r.medianMs.toFixed(1)} ms`);
  console.log(`  p90         ${r.p90Ms.toFixed(1)} ms`);
  console.log(`  peak RSS    ${r.peakRssMb.toFixed(1)} MB`);
}
