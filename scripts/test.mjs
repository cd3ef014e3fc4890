#!/usr/bin/env node
// `npm test`: everything, on a fresh machine or a set-up one. Sets up what is missing (scripts/setup.sh, a few
// seconds when nothing is), builds, then runs each check and suite in turn, going on after a failure so one run
// reports all of them:
//   lint (ESLint: the house rules), typecheck (Node and web entries), unit tests + integration tests in a real
//   VS Code (code-server + Chromium) + the l10n tests again in zh-cn, then the packaged .vsix installed into
//   code-server with the same integration suite and the web-worker entry.
// Closes with one `N passed, N failed` line (lint and typecheck count as one test each) and exits non-zero on
// any failure. `--quick` skips the installed .vsix run.
import { spawn } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';
import { fileURLToPath } from 'node:url';
import * as path from 'node:path';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');

/** Runs a command with its output shown, and returns its exit code and output. */
function run(command, args) {
  return new Promise((resolve) => {
    console.log(`\n=== ${[command, ...args].join(' ')}`);
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    let output = '';
    child.stdout.on('data', (d) => { output += d; process.stdout.write(d); });
    child.stderr.on('data', (d) => { output += d; process.stderr.write(d); });
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** The suite's own closing `N passed, N failed` line, or one failure when it stopped before printing it. */
function suiteCounts({ code, output }) {
  const lines = stripVTControlCharacters(output).split('\n').map((l) => l.trim());
  const last = lines.filter((l) => /^\d+ passed, \d+ failed$/.test(l)).pop();
  if (!last) return { passed: 0, failed: 1 };
  const [passed, failed] = last.match(/\d+/g).map(Number);
  return { passed, failed: failed + (code !== 0 && failed === 0 ? 1 : 0) };
}

const results = [];
const check = async (name, command, args) => {
  const result = await run(command, args);
  results.push({ name, kind: 'check', passed: result.code === 0 ? 1 : 0, failed: result.code === 0 ? 0 : 1 });
  return result.code === 0;
};
const suite = async (name, command, args) => {
  const counts = suiteCounts(await run(command, args));
  results.push({ name, ...counts });
};

if (!(await check('setup', 'bash', ['scripts/setup.sh'])) || !(await check('build', 'node', ['scripts/build.mjs']))) {
  console.log('\nset-up or build failed: no test ran');
} else {
  await check('lint', 'npx', ['eslint', '.']);
  await check('typecheck', 'npx', ['tsc', '-p', '.']);
  await check('typecheck (web entry)', 'npx', ['tsc', '-p', 'tsconfig.browser.json']);
  if (!quick) await check('npm run train reproduces the shipped labeller', 'node', ['scripts/checkModel.mjs']);
  await suite('unit + integration in VS Code', 'node', ['test/vscode/runInCodeServer.mjs', '--unit', '--also-in-locale', 'zh-cn', '--timeout', '900']);
  if (!quick) {
    const packaged = await check('package .vsix', 'node', ['scripts/package.mjs', '--out', '.tools/news-annotator-test.vsix']);
    if (packaged) await suite('installed .vsix in VS Code', 'node', ['test/vscode/runInCodeServer.mjs', '--vsix', '.tools/news-annotator-test.vsix', '--web-worker', '--timeout', '900']);
  }
}

console.log('\n=== summary');
for (const r of results) console.log(`${r.name}: ${r.passed} passed, ${r.failed} failed`);
// A failed check's name, in the form .ci/run repeats last (the suites print their own FAILED| lines).
for (const r of results) if (r.failed > 0 && r.kind === 'check') console.log(`FAILED| ${r.name}`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
