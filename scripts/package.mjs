#!/usr/bin/env node
// `npm run package`: a production build into a clean dist/, then `vsce package` (offline: no dependencies are
// collected, nothing is downloaded; .vscodeignore decides what goes in). Checks that every file the manifest
// points to ("./…") is in the package, then prints the .vsix's path, size and top-level contents.
// Usage: node scripts/package.mjs [--out FILE]
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const VSCE = path.join(ROOT, 'node_modules/@vscode/vsce/vsce');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const outArg = process.argv.indexOf('--out');
const vsix = path.resolve(ROOT, outArg > 0 ? process.argv[outArg + 1] : `${manifest.name}-${manifest.version}.vsix`);

/** Runs a child (its stderr shown); on failure exits with its status rather than a stack trace. */
function run(file, args) {
  try {
    return execFileSync(file, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  } catch (error) {
    console.error(`package: \`${[path.basename(file), ...args.map((a) => path.relative(ROOT, a) || a)].join(' ')}\` failed`);
    process.exit(error.status || 1);
  }
}
const vsce = (...args) => run(process.execPath, [VSCE, ...args, '--no-dependencies']);
/** Flags only `vsce package` knows. */
const packageFlags = () => ['--allow-missing-repository', ...licenseFlag()];
/** vsce asks (and waits) when there is no LICENSE file: say so up front instead. */
const licenseFlag = () => (fs.readdirSync(ROOT).some((f) => /^licen[cs]e/i.test(f)) ? [] : ['--skip-license']);

function formatSize(bytes) {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(0)} kB`;
}

/** Relative paths ("./dist/extension.js", "./syntaxes/…") in the manifest, outside `scripts`. */
function manifestPaths(value, key = '') {
  if (key === 'scripts') return [];
  if (typeof value === 'string') return value.startsWith('./') ? [path.posix.normalize(value)] : [];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => manifestPaths(v, k));
  return [];
}

fs.rmSync(path.join(ROOT, 'dist'), { recursive: true, force: true }); // no stale bundles or source maps
console.log('> production build (node scripts/build.mjs --production)');
run(process.execPath, [path.join(ROOT, 'scripts/build.mjs'), '--production']);

const files = vsce('ls').split('\n').map((l) => l.trim()).filter(Boolean);
const missing = manifestPaths(manifest).filter((p) => !files.some((f) => f === p || f.startsWith(p.replace(/\/?$/, '/'))));
if (missing.length) {
  console.error(`package.json points to files that .vscodeignore leaves out or that do not exist: ${missing.join(', ')}`);
  process.exit(1);
}

console.log(`> vsce package (${files.length} files)`);
fs.rmSync(vsix, { force: true });
fs.mkdirSync(path.dirname(vsix), { recursive: true });
process.stdout.write(vsce('package', '--out', vsix, ...packageFlags()));

const byTop = new Map();
for (const f of files) {
  // Two levels deep (dist/node_modules/, dist/web/, media/compare/): the top level is nearly all dist/.
  const parts = f.split('/');
  const top = parts.length > 2 ? `${parts.slice(0, 2).join('/')}/` : f;
  const entry = byTop.get(top) ?? { files: 0, bytes: 0 };
  entry.files++;
  entry.bytes += fs.statSync(path.join(ROOT, f)).size;
  byTop.set(top, entry);
}
console.log('contents (uncompressed sizes):');
for (const [top, { files: n, bytes }] of [...byTop].sort((a, b) => b[1].bytes - a[1].bytes)) {
  console.log(`  ${top.padEnd(36)} ${String(n).padStart(4)} file${n === 1 ? ' ' : 's'} ${formatSize(bytes).padStart(9)}`);
}
console.log(`${path.relative(ROOT, vsix)}: ${formatSize(fs.statSync(vsix).size)} (${fs.statSync(vsix).size} bytes)`);
