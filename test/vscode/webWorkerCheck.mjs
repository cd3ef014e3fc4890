// The browser entry (dist/web/extension.js, jieba-wasm's web build) in a REAL web worker extension host:
// code-server runs an installed extension there when the user setting `remote.extensionKind` says "web".
// Driven like a user: open a seed, hover over a name, look at Developer: Show Running Extensions.
// Used by runInCodeServer.mjs --web-worker; returns { passed, failed, failures } and saves two screenshots.
import { startSession } from './session.mjs';

const EXTENSION_ID = 'newsannotator.news-annotator';
const SEED = '000_deca428bdd7aab90.txt';

/** Runs the checks against the extension installed in `extensionsDir`. */
export async function runWebWorkerChecks({ extensionsDir, log = console.log }) {
  const results = { passed: 0, failed: 0, failures: [] };
  const check = async (title, body) => {
    try {
      await body();
      results.passed++;
      log(`    ✔ ${title}`);
    } catch (e) {
      results.failed++;
      results.failures.push(`web worker: ${title}: ${e.message}`);
      log(`    ✘ ${title}: ${e.message}`);
    }
  };
  log('  web worker extension host (browser entry)');
  const session = await startSession({
    extensionsDir,
    extensionDevelopmentPath: null, // only the installed extension
    settings: { 'remote.extensionKind': { [EXTENSION_ID]: ['web'] } },
  });
  try {
    await check('hover on 陈吉宁 shows his title (analysed with the wasm segmenter in the browser)', async () => {
      await session.openFile(SEED);
      let hover = '';
      // The first analysis instantiates the 4 MB wasm: retry the hover for a while (two minutes: a loaded shared
      // machine is several times slower than a quiet one).
      const deadline = Date.now() + 120_000;
      while (Date.now() < deadline && !/上海市委书记/.test(hover)) {
        hover = await session.hoverText('陈吉宁', { timeoutMs: 10000 });
        if (!/上海市委书记/.test(hover)) await session.page.keyboard.press('Escape');
      }
      await session.screenshot('web-worker-hover.png');
      if (!/陈吉宁[\s\S]*上海市委书记/.test(hover)) throw new Error(`hover was: ${JSON.stringify(hover.slice(0, 200))}`);
    });
    await check('Running Extensions lists News Annotator in the web worker host', async () => {
      await session.page.keyboard.press('Escape');
      await session.runCommand('Developer: Show Running Extensions');
      const row = session.page.locator('.monaco-list-row', { hasText: 'News Annotator' }).first();
      await row.waitFor({ timeout: 15000 });
      await session.page.waitForTimeout(500);
      await session.screenshot('web-worker-running-extensions.png');
      const text = await row.innerText();
      if (!/web worker/i.test(text)) throw new Error(`its row says: ${JSON.stringify(text)}`);
    });
  } finally {
    await session.close();
  }
  return results;
}
