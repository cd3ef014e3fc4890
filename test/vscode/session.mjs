// Reusable helpers to drive a REAL VS Code (code-server 4.100.3 web workbench) in headless Chromium.
// See /work/shared/recipes/real-vscode-tests.md. Used by runInCodeServer.mjs (the test driver),
// screenshots.mjs and open-seeds.mjs. Other scripts can use it like this:
//
//   import { startSession } from './session.mjs';
//   const s = await startSession({ folder: 'seeds' });          // code-server + Chromium, extension loaded
//   try {
//     await s.openFile('000_deca428bdd7aab90.txt');           // Ctrl+P, type, Enter
//     await s.hoverText('北京');                               // real mouse move over the word, waits for hover
//     await s.screenshot('hover-beijing.png');                 // -> test/screenshots/hover-beijing.png
//   } finally {
//     await s.close();                                         // closes Chromium, kills code-server by PID
//   }
import { spawn, execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CODE_SERVER_ENTRY = path.join(ROOT, '.tools/code-server/node_modules/code-server/out/node/entry.js');
export const SCREENSHOT_DIR = path.join(ROOT, 'test/screenshots');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
export const TEST_SETTINGS = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'editor.hover.delay': 100,
  'git.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'workbench.tips.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'window.commandCenter': false,
  'workbench.enableExperiments': false,
  'chat.commandCenter.enabled': false,
  'chat.disableAIFeatures': true,
};

// code-server processes started by this process (pid -> temp dir to remove): killed on exit whatever happens.
const live = new Map();
function killAll() {
  for (const [pid, dir] of live) {
    killTree(pid, 'SIGKILL');
    if (dir) try { fs.rmSync(dir, { recursive: true, force: true }); } catch { /* ignore */ }
  }
  live.clear();
}
process.on('exit', killAll);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    killAll();
    process.exit(128 + (os.constants.signals[sig] ?? 1));
  });
}

function killTree(pid, signal) {
  // code-server is spawned detached, so it leads its own process group: the group holds its
  // children too (its server process, extension hosts, pty hosts). Kill the group by the PID.
  try { process.kill(-pid, signal); } catch { /* gone */ }
  try { process.kill(pid, signal); } catch { /* gone */ }
}

/** Makes a temp dir with HOME / XDG / TMPDIR / user-data / extensions subfolders. */
export function makeTempEnv(prefix = 'news-annotator-vscode-') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const d = {
    dir,
    home: path.join(dir, 'home'),
    xdgConfig: path.join(dir, 'home/.config'),
    xdgData: path.join(dir, 'home/.local/share'),
    xdgCache: path.join(dir, 'home/.cache'),
    tmp: path.join(dir, 'tmp'),
    userData: path.join(dir, 'user-data'),
    extensions: path.join(dir, 'extensions'),
  };
  for (const k of Object.keys(d)) fs.mkdirSync(d[k], { recursive: true });
  return d;
}

export function tempEnvVars(t) {
  return {
    HOME: t.home,
    XDG_CONFIG_HOME: t.xdgConfig,
    XDG_DATA_HOME: t.xdgData,
    XDG_CACHE_HOME: t.xdgCache,
    TMPDIR: t.tmp,
  };
}

/**
 * Starts code-server. Options:
 *  port (0 = any free), host ('127.0.0.1'), userDataDir, extensionsDir, settings (merged over TEST_SETTINGS,
 *  written to <userDataDir>/User/settings.json), locale (display language, e.g. 'zh-cn'), env (extra env for code-server and its extension hosts),
 *  onOutput(line) (each stdout/stderr line), startTimeoutMs.
 * Returns { port, origin, pid, proc, temp, userDataDir, extensionsDir, stop() }.
 */
export async function startCodeServer(opts = {}) {
  if (!fs.existsSync(CODE_SERVER_ENTRY)) {
    throw new Error(`code-server is not installed (${path.relative(ROOT, CODE_SERVER_ENTRY)} missing): run \`npm run setup\``);
  }
  const temp = makeTempEnv();
  const userDataDir = opts.userDataDir ?? temp.userData;
  const extensionsDir = opts.extensionsDir ?? temp.extensions;
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  const settingsFile = path.join(userDataDir, 'User/settings.json');
  let existing = {};
  try { existing = JSON.parse(fs.readFileSync(settingsFile, 'utf8')); } catch { /* none yet */ }
  fs.writeFileSync(settingsFile, JSON.stringify({ ...TEST_SETTINGS, ...existing, ...(opts.settings ?? {}) }, null, 2));
  if (opts.locale && !opts.locale.startsWith('en')) fakeLanguagePack(userDataDir, opts.locale);
  const host = opts.host ?? '127.0.0.1';
  const args = [
    CODE_SERVER_ENTRY,
    '--auth', 'none',
    '--bind-addr', `${host}:${opts.port ?? 0}`,
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--ignore-last-opened',
    '--disable-getting-started-override',
    ...(opts.locale ? ['--locale', opts.locale] : []),
    ...(opts.extraArgs ?? []),
  ];
  const env = {
    ...process.env,
    ...tempEnvVars(temp),
    // No extension gallery: this machine reaches no marketplace, and tests must not look one up.
    EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: '', itemUrl: '', resourceUrlTemplate: '' }),
    ...(opts.env ?? {}),
  };
  delete env.VSCODE_IPC_HOOK_CLI; // never talk to an enclosing VS Code
  const proc = spawn(process.execPath, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  live.set(proc.pid, opts.keepTemp ? null : temp.dir);
  const output = [];
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    killTree(proc.pid, 'SIGTERM');
    const gone = await Promise.race([
      new Promise((r) => (proc.exitCode !== null || proc.signalCode !== null ? r(true) : proc.once('exit', () => r(true)))),
      new Promise((r) => setTimeout(() => r(false), 3000)),
    ]);
    killTree(proc.pid, 'SIGKILL'); // the group's children may outlive the leader
    live.delete(proc.pid);
    if (!opts.keepTemp) fs.rmSync(temp.dir, { recursive: true, force: true, maxRetries: 3 });
    return gone;
  };
  const port = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`code-server did not start within ${(opts.startTimeoutMs ?? 60000) / 1000}s:\n${output.join('\n')}`)), opts.startTimeoutMs ?? 60000);
    const onLine = (line) => {
      output.push(line);
      if (output.length > 500) output.shift();
      opts.onOutput?.(line);
      const m = /HTTP server listening on https?:\/\/[^\s:]+:(\d+)/.exec(line);
      if (m) { clearTimeout(timer); resolve(Number(m[1])); }
    };
    for (const stream of [proc.stdout, proc.stderr]) {
      let buf = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk) => {
        buf += chunk;
        let i;
        while ((i = buf.indexOf('\n')) >= 0) { onLine(buf.slice(0, i)); buf = buf.slice(i + 1); }
      });
    }
    proc.once('exit', (code, sig) => { clearTimeout(timer); reject(new Error(`code-server exited (${code ?? sig}) before listening:\n${output.join('\n')}`)); });
  }).catch(async (e) => { await stop(); throw e; });
  return { port, origin: `http://${host}:${port}`, host, pid: proc.pid, proc, temp, userDataDir, extensionsDir, output, stop };
}

/**
 * Makes VS Code's display language `locale` without its language pack (which cannot be downloaded here): an
 * empty pack registered in <userData>/languagepacks.json. VS Code's own texts stay English (no translations),
 * but the workbench and the extension host run in `locale` (vscode.env.language), so extensions load their
 * l10n/bundle.l10n.<locale>.json and package.nls.<locale>.json.
 */
function fakeLanguagePack(userDataDir, locale) {
  const translations = path.join(userDataDir, `empty-language-pack-${locale}.json`);
  fs.writeFileSync(translations, JSON.stringify({ version: '1.0.0', contents: {} }));
  fs.writeFileSync(path.join(userDataDir, 'languagepacks.json'), JSON.stringify({
    [locale]: {
      hash: `empty-${locale}`,
      extensions: [{ extensionIdentifier: { id: `news-annotator-test.empty-language-pack-${locale}` }, version: '0.0.0' }],
      translations: { vscode: translations },
      label: locale,
    },
  }));
}

/**
 * The workbench URL: opens `folder` with a payload that loads `extensionDevelopmentPath`
 * (and runs `extensionTestsPath`, if given) in code-server's extension host.
 */
export function workbenchUrl(server, { folder, extensionDevelopmentPath, extensionTestsPath } = {}) {
  const authority = `${server.host}:${server.port}`;
  const payload = [['skipWelcome', 'true']];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', `vscode-remote://${authority}${path.resolve(extensionDevelopmentPath)}`]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', `vscode-remote://${authority}${path.resolve(extensionTestsPath)}`]);
  const params = new URLSearchParams();
  if (folder) params.set('folder', path.resolve(folder));
  params.set('payload', JSON.stringify(payload));
  return `${server.origin}/?${params.toString()}`;
}

/**
 * Launches headless Debian Chromium (playwright-core) and returns { browser, context, page }.
 * onLog(type, message) / onExit(code) receive the workbench's codeAutomationLog / codeAutomationExit calls.
 */
export async function launchBrowser({ temp, onLog, onExit, onConsole, viewport = { width: 1400, height: 900 } } = {}) {
  let chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch (e) {
    throw new Error(`playwright-core is missing: run \`npm run setup\` (${e.message})`);
  }
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run \`npm run setup\` (apt-get install chromium)`);
  const t = temp ?? makeTempEnv('news-annotator-chromium-');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    env: { ...process.env, ...tempEnvVars(t) },
  });
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: 'zh-CN' });
  const page = await context.newPage();
  if (onLog) await page.exposeFunction('codeAutomationLog', (type, args) => onLog(type, args));
  if (onExit) await page.exposeFunction('codeAutomationExit', (code) => onExit(code));
  if (onConsole) page.on('console', (msg) => onConsole(msg.type(), msg.text()));
  return { browser, context, page };
}

/** Waits until the workbench shows an editor area and the status bar. */
export async function waitForWorkbench(page, timeoutMs = 60000) {
  await page.waitForSelector('.monaco-workbench .part.editor', { timeout: timeoutMs });
  await page.waitForSelector('.monaco-workbench .part.statusbar', { timeout: timeoutMs });
  // Let the extension host come up and contributions settle.
  await page.waitForTimeout(1500);
}

/** Opens a workspace file by name with Ctrl+P (Quick Open) and waits for its editor tab. */
export async function openFile(page, name, { timeoutMs = 30000 } = {}) {
  const base = path.basename(name);
  const input = page.locator('.quick-input-widget input');
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.locator('.monaco-workbench').click({ position: { x: 5, y: 5 }, force: true }).catch(() => {});
    await page.keyboard.press('Control+P');
    try {
      await input.waitFor({ state: 'visible', timeout: 5000 });
      break;
    } catch (e) {
      if (attempt === 2) throw e;
    }
  }
  await input.fill(name);
  // Wait for the quick-open list to show the file, then open it.
  await page.locator('.quick-input-list .monaco-list-row', { hasText: base }).first().waitFor({ timeout: timeoutMs });
  await page.keyboard.press('Enter');
  await page.locator(`.tabs-container .tab[aria-label*="${base}"]`).first().waitFor({ timeout: timeoutMs });
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout: timeoutMs });
  await page.waitForTimeout(500);
}

/** Runs a command from the Command Palette (Ctrl+Shift+P) by its title. */
export async function runCommand(page, title, { timeoutMs = 15000 } = {}) {
  await page.keyboard.press('Control+Shift+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: timeoutMs });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: timeoutMs });
  await page.keyboard.press('Enter');
}

/** Screen position (centre) of the first occurrence of `text` in the visible lines of the active editor, or null. */
export async function locateText(page, text, { occurrence = 0 } = {}) {
  return page.evaluate(({ text, occurrence }) => {
    const editors = [...document.querySelectorAll('.editor-instance .monaco-editor .view-lines')];
    let seen = 0;
    for (const viewLines of editors) {
      for (const line of viewLines.querySelectorAll('.view-line')) {
        // A line's text is split into token spans: join its text nodes, find the offset, map back.
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        const nodes = [];
        let full = '';
        for (let n = walker.nextNode(); n; n = walker.nextNode()) { nodes.push([n, full.length]); full += n.nodeValue; }
        full = full.replace(/\u00a0/g, ' ');
        let idx = -1;
        while ((idx = full.indexOf(text, idx + 1)) >= 0) {
          if (seen++ < occurrence) continue;
          const at = (off) => { let k = nodes.length - 1; while (k > 0 && nodes[k][1] > off) k--; return [nodes[k][0], off - nodes[k][1]]; };
          const [sn, so] = at(idx);
          const [en, eo] = at(idx + text.length - 1);
          const range = document.createRange();
          range.setStart(sn, so);
          range.setEnd(en, eo + 1);
          const r = range.getBoundingClientRect();
          return { x: r.left + r.width / 2, y: r.top + r.height / 2, width: r.width, height: r.height };
        }
      }
    }
    return null;
  }, { text, occurrence });
}

/**
 * Moves the real mouse over `text` in the active editor and waits for a hover widget.
 * Returns the hover's text ('' if no hover appeared within timeoutMs).
 */
export async function hoverText(page, text, { occurrence = 0, timeoutMs = 5000 } = {}) {
  const pos = await locateText(page, text, { occurrence });
  if (!pos) throw new Error(`text not visible in the active editor: ${text}`);
  await page.mouse.move(pos.x - 40, pos.y + 30);
  await page.mouse.move(pos.x, pos.y, { steps: 8 });
  const hover = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content, .monaco-hover:not(.hidden) .hover-contents').first();
  try {
    await hover.waitFor({ state: 'visible', timeout: timeoutMs });
    // The hover first says "Loading..." while providers run: wait for the real content.
    const deadline = Date.now() + timeoutMs;
    let text = (await hover.innerText()).trim();
    while (/^(Loading\.\.\.|…|)$/.test(text) && Date.now() < deadline) {
      await page.waitForTimeout(100);
      text = (await hover.innerText().catch(() => '')).trim();
    }
    await page.waitForTimeout(200);
    return (await hover.innerText().catch(() => text)).trim();
  } catch {
    return '';
  }
}

/** Saves a PNG screenshot into test/screenshots/ (git-ignored) and returns its path. */
export async function screenshot(page, name, opts = {}) {
  const file = path.isAbsolute(name) ? name : path.join(SCREENSHOT_DIR, name.endsWith('.png') ? name : `${name}.png`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file, ...opts });
  return file;
}

/**
 * Copies a folder (e.g. seeds/) into a temp workspace under its own name (<tmp>/seeds/…), so tests may change
 * files freely and folder-based language associations (globs on a "seeds" folder) still apply.
 */
export function tempCopy(folder, prefix = 'news-annotator-workspace-') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.cpSync(folder, path.join(dir, path.basename(folder)), { recursive: true });
  return dir;
}

/** A folder with a bare package.json: the development path when testing an installed .vsix. */
export function emptyHarness() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-harness-'));
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({
    name: 'news-annotator-test-harness', publisher: 'test', version: '0.0.0', engines: { vscode: '^1.90.0' },
  }, null, 2));
  return dir;
}

/** Installs a .vsix into an extensions dir with code-server's CLI. */
export function installVsix(vsix, extensionsDir) {
  const t = makeTempEnv('news-annotator-vsix-');
  try {
    execFileSync(process.execPath, [CODE_SERVER_ENTRY, '--extensions-dir', extensionsDir, '--user-data-dir', t.userData, '--install-extension', path.resolve(vsix), '--force'],
      { env: { ...process.env, ...tempEnvVars(t) }, stdio: 'inherit' });
  } finally {
    fs.rmSync(t.dir, { recursive: true, force: true });
  }
}

/**
 * Starts code-server + Chromium with the extension loaded and `folder` open (default: a temp copy of seeds/).
 * Options: folder, copyFolder (default true), extensionDevelopmentPath (default: project root),
 * extensionTestsPath, extensionsDir, settings, env, viewport, onLog, onExit, onConsole, onOutput.
 * Returns { server, browser, page, url, folder, openFile, runCommand, hoverText, locateText, screenshot, close }.
 */
export async function startSession(opts = {}) {
  const srcFolder = path.resolve(ROOT, opts.folder ?? 'seeds');
  const folder = opts.copyFolder === false ? srcFolder : tempCopy(srcFolder);
  const server = await startCodeServer(opts);
  let browser;
  try {
    const launched = await launchBrowser({ temp: server.temp, onLog: opts.onLog, onExit: opts.onExit, onConsole: opts.onConsole, viewport: opts.viewport });
    browser = launched.browser;
    const page = launched.page;
    const url = workbenchUrl(server, {
      folder,
      extensionDevelopmentPath: opts.extensionDevelopmentPath === undefined ? ROOT : opts.extensionDevelopmentPath,
      extensionTestsPath: opts.extensionTestsPath,
    });
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60000 });
    if (opts.waitForWorkbench !== false) await waitForWorkbench(page);
    const close = async () => {
      await browser.close().catch(() => {});
      await server.stop();
      if (folder !== srcFolder) fs.rmSync(folder, { recursive: true, force: true });
    };
    return {
      server, browser, page, url, folder, close,
      openFile: (name, o) => openFile(page, name, o),
      runCommand: (title, o) => runCommand(page, title, o),
      hoverText: (text, o) => hoverText(page, text, o),
      locateText: (text, o) => locateText(page, text, o),
      screenshot: (name, o) => screenshot(page, name, o),
    };
  } catch (e) {
    await browser?.close().catch(() => {});
    await server.stop();
    if (folder !== srcFolder) fs.rmSync(folder, { recursive: true, force: true });
    throw e;
  }
}

/**
 * A session for a screenshot script: startSession, a time limit that ends the script with a message, and
 * `saved`, the screenshots taken, which `finish()` lists (also after a failure) before closing the session, and
 * `hoverAndShoot(text, name, occurrence)`, a hover card printed and photographed.
 */
export async function startScreenshotSession(script, opts = {}, { timeoutMs = 180000 } = {}) {
  const session = await startSession(opts);
  const timer = setTimeout(() => {
    console.error(`${script}: timed out`);
    process.exit(1);
  }, timeoutMs);
  const saved = [];
  const finish = async () => {
    clearTimeout(timer);
    for (const file of saved) console.log(`saved ${path.relative(ROOT, file)}`);
    await session.close();
  };
  // Moves the mouse over `text`, prints the hover card, saves a screenshot named `name`, then closes the card.
  const hoverAndShoot = async (text, name, occurrence = 0) => {
    const hover = await session.hoverText(text, { occurrence, timeoutMs: 8000 });
    console.log(hover ? `--- hover over ${text}:\n${hover}\n` : `--- no hover appeared over ${text}`);
    saved.push(await session.screenshot(name));
    await session.page.mouse.move(5, 5);
    await session.page.keyboard.press('Escape');
    await session.page.waitForTimeout(300);
  };
  return { ...session, saved, finish, hoverAndShoot };
}
