#!/usr/bin/env node
// Example screenshot script: opens a seed file in a real VS Code (code-server + headless Chromium) with the
// extension loaded, hovers a word with the real mouse, and saves PNGs into test/screenshots/ (git-ignored).
// Usage: npm run build && node test/vscode/screenshots.mjs [seed-file-name] [word-to-hover]
import * as path from 'node:path';
import { startSession, ROOT } from './session.mjs';

const file = process.argv[2] ?? '000_deca428bdd7aab90.txt';
const word = process.argv[3];
const stem = path.basename(file).replace(/\.[^.]+$/, '');

const session = await startSession({ folder: 'seeds' });
const timer = setTimeout(() => { console.error('screenshots: timed out'); process.exit(1); }, 120000);
try {
  await session.openFile(file);
  await session.page.waitForTimeout(2500); // let the extension's analysis colour the text
  const saved = [await session.screenshot(`${stem}.png`)];
  if (word) {
    const hover = await session.hoverText(word);
    console.log(hover ? `hover over ${word}:\n${hover}` : `no hover appeared over ${word}`);
    saved.push(await session.screenshot(`${stem}-hover.png`));
  }
  for (const f of saved) console.log(`saved ${path.relative(ROOT, f)}`);
} finally {
  clearTimeout(timer);
  await session.close();
}
