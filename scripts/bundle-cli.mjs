#!/usr/bin/env node
/**
 * Bundles the compiled command line (dist/cli/main.js, everything it imports from dist/ and the
 * packages it imports) into one CommonJS file, dist/cli-bundle/cli.cjs, which bin/ado-coolify.js
 * compiles with a V8 code cache (bin/cli-loader.js; the cache is written by
 * scripts/cli-cache.mjs). Node 20 has no compile cache for modules: loading a hundred-odd small
 * ES modules and their packages, parsing and compiling them at every start, was most of a
 * `validate` of a small manifest. One script can be compiled from a cache instead.
 *
 * - `import.meta.url` becomes the bundle's own file URL (the package root and the generated
 *   validator are found from it, as from dist/cli/).
 * - What the code loads at run time with `createRequire` stays outside: the `yaml` package (only
 *   for positioned parsing) and the generated validator (dist/schema/validator-body.cjs, which
 *   has a code cache of its own: src/engine/validator-cache.ts).
 * - The bundle is kept ASCII: esbuild escapes non-ASCII characters in strings but not in
 *   regular expression literals (`µs`, `±` of duration and latency patterns), which are rewritten
 *   here as the `\uXXXX` escapes they equal. An ASCII file is read as a one-byte string without
 *   UTF-8 decoding (bin/cli-loader.js): a few ms and 2 MB less at every start.
 * - Built-in modules `validate` does not use (child_process, which commander requires at
 *   its top for executable subcommands, readline/promises, dns/promises) are
 *   required on first use: each `require` of one in the bundle gets an object of getters, one
 *   per export of the module in the Node.js that builds, each requiring the module when read.
 *   Bundled code reads an import's export at its use (`(0, m.name)(…)`), so it sees the
 *   module's own functions and classes; only the loading moves (about 2 ms and 1 MB less).
 * - The first line names the build: the SHA-256 of the rest of the file. A code cache starts with
 *   the name of the build it was made from and is used for no other (V8 itself checks the
 *   source's length only).
 * The library (dist/index.js) is not bundled.
 *
 *   node scripts/bundle-cli.mjs     # after tsc -p tsconfig.build.json (npm run build does both)
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import ts from 'typescript';

/** Built-ins required on first use (see above). */
const LAZY_BUILTINS = ['child_process', 'readline/promises', 'dns/promises'];

/** esbuild plugin: a `require` of a built-in of LAZY_BUILTINS gets getters that require it when read. */
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(b) {
    const filter = new RegExp(`^(?:node:)?(?:${LAZY_BUILTINS.map((m) => m.replace('/', '\\/')).join('|')})$`);
    b.onResolve({ filter }, (args) => {
      const name = args.path.replace(/^node:/, '');
      // the real module, from the getters' own require
      if (args.namespace === 'lazy-builtin') return { path: `node:${name}`, external: true };
      return { path: name, namespace: 'lazy-builtin' };
    });
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, async (args) => {
      const names = Object.keys(await import(`node:${args.path}`)).filter((n) => n !== 'default');
      const contents = [
        'let loaded;',
        `for (const name of ${JSON.stringify(names)}) Object.defineProperty(exports, name, { enumerable: true, get: () => (loaded ??= require(${JSON.stringify(`node:${args.path}`)}))[name] });`,
      ].join('\n');
      return { contents, loader: 'js' };
    });
  },
};

const root = fileURLToPath(new URL('../', import.meta.url));
const outdir = `${root}dist/cli-bundle`;
const outfile = `${outdir}/cli.cjs`;
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
await build({
  entryPoints: [`${root}dist/cli/main.js`],
  outfile,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // import() of a built-in becomes a require: a script compiled from a code cache has no
  // dynamic-import callback under Node 20 (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING)
  supported: { 'dynamic-import': false },
  define: { 'import.meta.url': '__adoCoolifyBundleUrl' },
  banner: { js: 'var __adoCoolifyBundleUrl = require("node:url").pathToFileURL(__filename).href;' },
  // less text to read at every start; names are kept for stack traces
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
  plugins: [lazyBuiltins],
});

/** `\uXXXX` of each UTF-16 code unit of `c` (a surrogate pair stays one code point under the `u` flag). */
function escapeUnits(c) {
  return [...Array(c.length).keys()].map((i) => `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`).join('');
}

/** A regular expression literal's text with its non-ASCII characters (and identity escapes of them) as `\uXXXX`. */
function asciiRegex(text) {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const next = text[i + 1] ?? '';
    if (c === '\\' && next !== '') {
      out += next.charCodeAt(0) > 0x7f ? escapeUnits(next) : c + next;
      i++;
    } else out += c.charCodeAt(0) > 0x7f ? escapeUnits(c) : c;
  }
  return out;
}

/** The bundle with the non-ASCII characters of its regular expression literals escaped. */
function escapeRegexLiterals(code) {
  const file = ts.createSourceFile('cli.cjs', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const edits = [];
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const start = node.getStart(file);
      const text = code.slice(start, node.end);
      if (/[^\x00-\x7f]/.test(text)) edits.push([start, node.end, asciiRegex(text)]);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = code;
  for (const [start, end, text] of edits.reverse()) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

const code = escapeRegexLiterals(readFileSync(outfile, 'utf8'));
const buildId = createHash('sha256').update(code).digest('hex');
writeFileSync(outfile, `// ado-coolify build ${buildId}\n${code}`);
