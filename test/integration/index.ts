// Mocha entry for the integration suite: VS Code calls `run()` inside the extension host
// (code-server via test/vscode/runInCodeServer.mjs, or desktop VS Code via @vscode/test-electron).
// It loads every `*.test.js` beside it in out/test/integration.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

/** A line the driver looks for (anywhere in a line: extension-host output arrives prefixed). */
export const RESULT_MARKER = 'NEWS_ANNOTATOR_RESULT';

type MochaCtor = new (options?: Record<string, unknown>) => {
  addFile(file: string): void;
  run(done: (failures: number) => void): { on(event: string, cb: (...args: any[]) => void): unknown };
};

async function loadMocha(): Promise<MochaCtor> {
  // mocha >= 11 is an ES module. Resolve it from here (the extension host's cwd is arbitrary) and
  // import() it by file URL: that works in Node's and Electron's extension hosts alike.
  // (Kept in a Function so the bundler leaves the dynamic import alone.)
  const dynamicImport = new Function('s', 'return import(s)') as (s: string) => Promise<any>;
  const resolved = require.resolve('mocha');
  try {
    const mod = await dynamicImport(pathToFileURL(resolved).href);
    return (mod.default ?? mod) as MochaCtor;
  } catch (e) {
    const cjs = path.join(path.dirname(resolved), 'lib', 'mocha.cjs');
    return require(fs.existsSync(cjs) ? cjs : 'mocha') as MochaCtor;
  }
}

export async function run(): Promise<void> {
  const Mocha = await loadMocha();
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    reporter: 'spec',
    // Generous: a passing test takes no longer for it, and a loaded shared CI machine is several times slower.
    timeout: Number(process.env.NEWS_ANNOTATOR_TEST_TIMEOUT ?? 120_000),
    grep: process.env.NEWS_ANNOTATOR_TEST_GREP || undefined,
  });
  const dir = __dirname;
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.test.js'))
    .sort();
  for (const f of files) mocha.addFile(path.join(dir, f));
  if (files.length === 0) throw new Error(`no *.test.js files in ${dir}`);

  await new Promise<void>((resolve, reject) => {
    let passed = 0;
    let failed = 0;
    // Each failure's title and first message line, for the runner to repeat last, where a truncated CI log shows it.
    const failures: string[] = [];
    const runner = mocha.run((failureCount) => {
      console.log(`${RESULT_MARKER} ${JSON.stringify({ passed, failed, failures })}`);
      if (failureCount > 0) reject(new Error(`${failureCount} integration test(s) failed.`));
      else resolve();
    });
    runner.on('pass', () => passed++);
    runner.on('fail', (test: { fullTitle(): string }, err: unknown) => {
      failed++;
      const message = err instanceof Error ? err.message : String(err);
      failures.push(`${test.fullTitle()}: ${message.split('\n')[0]}`);
    });
  });
}
