#!/usr/bin/env node
// Runs the integration suite (out/test/integration/index.js) inside a REAL VS Code: code-server 4.100.3's
// Node extension host, driven by headless Debian Chromium through playwright-core.
// See /work/shared/recipes/real-vscode-tests.md.
//
// Usage: node test/vscode/runInCodeServer.mjs [options]
//   --unit                 first run `npm run test:unit` and add its counts to the closing line
//   --folder DIR           workspace to open (default: a temp copy of seeds/)
//   --tests FILE           compiled suite entry (default: out/test/integration/index.js)
//   --installed EXT_DIR    test the extension installed in EXT_DIR (e.g. from a .vsix) instead of the
//                          project: an empty harness folder becomes the development path
//   --vsix FILE            install FILE into a temp extensions dir first, then as --installed
//   --web-worker           with --vsix / --installed: also check the browser entry in code-server's web worker
//                          extension host (test/vscode/webWorkerCheck.mjs), counted in the closing line
//   --grep PATTERN         only run tests matching PATTERN
//   --locale LOCALE        run VS Code in display language LOCALE (e.g. zh-cn; see session.mjs fakeLanguagePack)
//   --also-in-locale LOCALE  then run the tests named "l10n: …" again in LOCALE, counted in the closing line
//   --timeout SECONDS      overall limit for the VS Code run (default 300)
//   --screenshot [FILE]    save a PNG of the workbench when the run ends (default test/screenshots/integration-run.png)
//   --verbose              print all workbench / code-server log lines
// Closes with a bare `N passed, N failed` line; exits non-zero on any failure.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format, stripVTControlCharacters } from 'node:util';
import {
  ROOT, startCodeServer, launchBrowser, workbenchUrl, tempCopy, emptyHarness, installVsix, screenshot, makeTempEnv,
} from './session.mjs';
import { runWebWorkerChecks } from './webWorkerCheck.mjs';

const RESULT_MARKER = 'NEWS_ANNOTATOR_RESULT';

function parseArgs(argv) {
  const o = { unit: false, timeout: 300, verbose: false, screenshot: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    switch (a) {
      case '--unit': o.unit = true; break;
      case '--folder': o.folder = next(); break;
      case '--tests': o.tests = next(); break;
      case '--installed': o.installed = next(); break;
      case '--vsix': o.vsix = next(); break;
      case '--web-worker': o.webWorker = true; break;
      case '--grep': o.grep = next(); break;
      case '--locale': o.locale = next(); break;
      case '--also-in-locale': o.alsoInLocale = next(); break;
      case '--timeout': o.timeout = Number(next()); break;
      case '--verbose': o.verbose = true; break;
      case '--screenshot':
        o.screenshot = argv[i + 1] && !argv[i + 1].startsWith('--') ? argv[++i] : 'integration-run.png';
        break;
      case '-h': case '--help':
        console.log(fs.readFileSync(new URL(import.meta.url), 'utf8').split('\n').slice(1).filter((l, i, all) => all.slice(0, i + 1).every((x) => x.startsWith('//'))).map((l) => l.replace(/^\/\/ ?/, '')).join('\n'));
        process.exit(0);
        break;
      default: throw new Error(`unknown option ${a}`);
    }
  }
  return o;
}

/** Runs `npm run test:unit`, echoing its output, and reads mocha's "N passing" / "N failing" lines. */
function runUnit() {
  return new Promise((resolve) => {
    console.log('> unit tests (npm run test:unit)');
    const p = spawn('npm', ['run', '--silent', 'test:unit'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    let out = '';
    p.stdout.on('data', (d) => { out += d; process.stdout.write(d); });
    p.stderr.on('data', (d) => { out += d; process.stderr.write(d); });
    p.on('close', (code) => {
      const plain = stripVTControlCharacters(out);
      const num = (re) => { const m = re.exec(plain); return m ? Number(m[1]) : 0; };
      let passed = num(/^\s*(\d+) passing/m);
      let failed = num(/^\s*(\d+) failing/m);
      if (code !== 0 && failed === 0) failed = 1; // build error, crash, or no tests found: count it as one failure
      // Mocha's report of each failure, repeated in the closing lines, which are what a CI log shows.
      const report = /^\s*\d+ failing\s*$([\s\S]*)/m.exec(plain)?.[1].trim().split('\n').slice(0, 60) ?? [];
      resolve({ passed, failed, code, report });
    });
  });
}

// Workbench log lines that say nothing about the tests (printed with --verbose only).
const NOISE = /^(Resolving connection token|Resolved connection token|Creating a socket|Ignoring fetching additional builtin|Updating additional builtin|\[Service Worker\]|ChatSessionStore|Started local extension host|Extension host with pid|Settings Sync|\[perf\])/;

/** A run's failures, one line each (older result lines and counts-only results have none). */
const failuresOf = (result) => result?.failures ?? [];

async function runIntegration(o) {
  const tests = path.resolve(ROOT, o.tests ?? 'out/test/integration/index.js');
  if (!fs.existsSync(tests)) {
    console.error(`missing ${path.relative(ROOT, tests)}: run \`npm run build\` first`);
    return { passed: 0, failed: 1, failures: [`missing ${path.relative(ROOT, tests)}`] };
  }
  let extensionDevelopmentPath = ROOT;
  let extensionsDir;
  const cleanup = [];
  if (o.installed) extensionsDir = path.resolve(o.installed);
  if (extensionsDir) {
    extensionDevelopmentPath = emptyHarness();
    cleanup.push(extensionDevelopmentPath);
  } else if (!fs.existsSync(path.join(ROOT, 'dist/extension.js'))) {
    console.error('missing dist/extension.js: run `npm run build` first');
    return { passed: 0, failed: 1, failures: ['missing dist/extension.js'] };
  }
  const folder = o.folder ? path.resolve(o.folder) : tempCopy(path.join(ROOT, 'seeds'));
  if (!o.folder) cleanup.push(folder);

  let exitCode = null;
  let result = null;
  let resolveExit;
  const exited = new Promise((r) => (resolveExit = r));
  const onMessage = (source, type, text) => {
    // codeAutomationLog gets [format, ...args]: the workbench's log lines and the extension host's console output.
    text = Array.isArray(text) ? format(...text) : String(text);
    for (const raw of text.split('\n')) {
      const m = raw.indexOf(RESULT_MARKER);
      if (m >= 0) {
        try { result = JSON.parse(raw.slice(m + RESULT_MARKER.length).trim()); } catch { /* ignore */ }
        continue;
      }
      if (o.verbose) console.log(`[${source}:${type}] ${raw}`);
      else if (source === 'log' && !NOISE.test(raw)) console.log(type === 'info' ? raw : `[${type}] ${raw}`);
    }
  };

  const env = { NEWS_ANNOTATOR_TEST: '1' };
  if (o.grep) env.NEWS_ANNOTATOR_TEST_GREP = o.grep;
  const server = await startCodeServer({
    extensionsDir,
    env,
    locale: o.locale,
    onOutput: (line) => { if (o.verbose) console.log(`[code-server] ${line}`); },
  });
  let browser;
  let timer;
  try {
    const launched = await launchBrowser({
      temp: server.temp,
      onLog: (type, args) => onMessage('log', type, args),
      onExit: (code) => { exitCode = code; resolveExit(); },
      onConsole: o.verbose ? (type, text) => onMessage('console', type, text) : undefined,
    });
    browser = launched.browser;
    const page = launched.page;
    page.on('pageerror', (err) => { if (o.verbose) console.log(`[pageerror] ${err.message}`); });
    const url = workbenchUrl(server, { folder, extensionDevelopmentPath, extensionTestsPath: tests });
    if (o.verbose) console.log(`opening ${url}`);
    const started = Date.now();
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60000 });
    const timedOut = await Promise.race([
      exited.then(() => false),
      new Promise((r) => { timer = setTimeout(() => r(true), o.timeout * 1000); }),
    ]);
    if (o.screenshot) {
      const file = await screenshot(page, o.screenshot).catch((e) => `failed: ${e.message}`);
      console.log(`screenshot: ${path.relative(ROOT, file)}`);
    }
    if (timedOut) {
      console.error(`integration tests did not finish within ${o.timeout}s`);
      if (!o.verbose) console.error('last code-server output:\n' + server.output.slice(-20).join('\n'));
      return { passed: result?.passed ?? 0, failed: Math.max(1, result?.failed ?? 0), failures: [...(result?.failures ?? []), `did not finish within ${o.timeout}s`] };
    }
    console.log(`VS Code run finished in ${((Date.now() - started) / 1000).toFixed(1)}s with exit code ${exitCode}`);
    if (!result) {
      console.error('the suite reported no result (did out/test/integration/index.js run at all?)');
      return { passed: 0, failed: 1, failures: ['the suite reported no result'] };
    }
    if (exitCode !== 0 && result.failed === 0) return { passed: result.passed, failed: 1, failures: [`VS Code exited with code ${exitCode}`] };
    return result;
  } finally {
    clearTimeout(timer);
    await browser?.close().catch(() => {});
    await server.stop();
    for (const d of cleanup) fs.rmSync(d, { recursive: true, force: true });
  }
}

async function main() {
  let o;
  try {
    o = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(e.message);
    process.exit(2);
  }
  if (o.webWorker && !o.vsix && !o.installed) {
    console.error('--web-worker needs --vsix FILE or --installed DIR');
    process.exit(2);
  }
  let unit = { passed: 0, failed: 0, code: 0 };
  if (o.unit) unit = await runUnit();
  let installedTemp;
  if (o.vsix) {
    // Installed once, for the integration run and the web worker checks.
    installedTemp = makeTempEnv('news-annotator-installed-');
    installVsix(o.vsix, installedTemp.extensions);
    o.installed = installedTemp.extensions;
  }
  console.log('> integration tests (code-server ' + '4.100.3, headless Chromium)');
  let integ;
  try {
    integ = await runIntegration(o);
  } catch (e) {
    console.error(`integration run failed: ${e.stack ?? e}`);
    integ = { passed: 0, failed: 1, failures: [`integration run failed: ${e.message ?? e}`] };
  }
  if (o.alsoInLocale) {
    console.log(`> integration tests "l10n: …" again, in ${o.alsoInLocale}`);
    try {
      const again = await runIntegration({ ...o, locale: o.alsoInLocale, grep: 'l10n: ', screenshot: null });
      integ = { passed: integ.passed + again.passed, failed: integ.failed + again.failed, failures: [...failuresOf(integ), ...failuresOf(again).map((f) => `${o.alsoInLocale}: ${f}`)] };
    } catch (e) {
      console.error(`integration run in ${o.alsoInLocale} failed: ${e.stack ?? e}`);
      integ = { passed: integ.passed, failed: integ.failed + 1, failures: [...failuresOf(integ), `integration run in ${o.alsoInLocale} failed: ${e.message ?? e}`] };
    }
  }
  if (o.webWorker) {
    try {
      const web = await runWebWorkerChecks({ extensionsDir: path.resolve(o.installed) });
      integ = { passed: integ.passed + web.passed, failed: integ.failed + web.failed, failures: [...failuresOf(integ), ...failuresOf(web)] };
    } catch (e) {
      console.error(`web worker checks failed to run: ${e.stack ?? e}`);
      integ = { passed: integ.passed, failed: integ.failed + 1, failures: [...failuresOf(integ), `web worker checks failed to run: ${e.message ?? e}`] };
    }
  }
  if (installedTemp) fs.rmSync(installedTemp.dir, { recursive: true, force: true });
  const passed = unit.passed + integ.passed;
  const failed = unit.failed + integ.failed;
  for (const line of unit.report ?? []) console.log(`FAILED| ${line}`);
  for (const line of failuresOf(integ)) console.log(`FAILED| integration: ${line}`);
  if (o.unit) console.log(`unit: ${unit.passed} passed, ${unit.failed} failed; integration: ${integ.passed} passed, ${integ.failed} failed`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 || unit.code !== 0 ? 1 : 0);
}

main();
