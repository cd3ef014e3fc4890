// Runs the integration suite in a desktop VS Code downloaded by @vscode/test-electron (2.5.x, Node 20).
// Not usable on machines without internet beyond the npm registry: there use test/vscode/runInCodeServer.mjs.
// Usage (after `npm run build`): node out/test/integration/runElectron.js [--version 1.100.3]
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '../../..');
  const vi = process.argv.indexOf('--version');
  const version = vi > 0 ? process.argv[vi + 1] : process.env.VSCODE_TEST_VERSION ?? 'stable';
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-seeds-'));
  fs.cpSync(path.join(root, 'seeds'), workspace, { recursive: true });
  try {
    await runTests({
      version,
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(__dirname, 'index.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome'],
    });
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error('integration tests failed:', err);
  process.exit(1);
});
