#!/usr/bin/env node
// Opens seeds/ in a real VS Code (code-server 4.100.3) with this extension loaded from the project
// (the web equivalent of `code --extensionDevelopmentPath=$PWD seeds`) and prints the URL to open in a browser.
// Usage: npm start (sets up, builds, then runs this) or node test/vscode/open-seeds.mjs [--port 8080] [--exit-after SECONDS]
// User settings persist in .tools/open-seeds/ (git-ignored). Stop with Ctrl+C. Rebuild (`npm run build`)
// and reload the browser window to pick up changes.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { startCodeServer, workbenchUrl, ROOT } from './session.mjs';

const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : dflt; };
const port = Number(arg('--port', process.env.PORT ?? 8080));
const exitAfter = Number(arg('--exit-after', 0));

if (!fs.existsSync(path.join(ROOT, 'dist/extension.js'))) {
  console.error('dist/extension.js is missing: run `npm start` (it sets up and builds first)');
  process.exit(1);
}
const state = path.join(ROOT, '.tools/open-seeds');
const server = await startCodeServer({
  port,
  userDataDir: path.join(state, 'user-data'),
  extensionsDir: path.join(state, 'extensions'),
  settings: { 'workbench.startupEditor': 'none' },
});
const url = workbenchUrl(server, { folder: path.join(ROOT, 'seeds'), extensionDevelopmentPath: ROOT });
console.log(`VS Code (code-server) is serving seeds/ with the extension loaded from ${ROOT}`);
console.log('Open this URL in a browser (Ctrl+C to stop):');
console.log(url);
console.log(`(Reaching it under another host name or port, e.g. through a tunnel? Replace 127.0.0.1:${server.port} inside the payload too.)`);
if (exitAfter > 0) setTimeout(async () => { await server.stop(); process.exit(0); }, exitAfter * 1000);
await new Promise(() => {});
