#!/usr/bin/env node
// Issue 5 export, driven through the real UI of VS Code (code-server + headless Chromium) as a user does it:
// Command Palette → "News Annotator: Export Annotations…" → format quick pick → save dialog → the written .ann.
// Works on a temp copy of seeds/. Saves PNGs into test/screenshots/ (git-ignored).
// Usage: npm run build && node test/vscode/exportScreenshots.mjs
import * as fs from 'node:fs';
import * as path from 'node:path';
import { startScreenshotSession } from './session.mjs';

const SEED_000 = '000_deca428bdd7aab90.txt';
const session = await startScreenshotSession('exportScreenshots', { settings: { 'editor.minimap.enabled': false } });
const { page, saved } = session;
const input = page.locator('.quick-input-widget input');

try {
  await session.openFile(SEED_000);
  await page.waitForTimeout(4000); // first analysis
  await session.runCommand('News Annotator: Export Annotations…');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'brat standoff' }).first().waitFor({ timeout: 15000 });
  saved.push(await session.screenshot('export-1-format.png'));

  await input.fill('brat');
  await page.keyboard.press('Enter');
  // The save dialog (VS Code's simple file dialog in the browser) proposes <report>.ann beside the report.
  await page.waitForFunction(() => /\.ann$/.test(document.querySelector('.quick-input-widget input')?.value ?? ''), null, { timeout: 15000 });
  console.log(`save dialog proposes: ${await input.inputValue()}`);
  saved.push(await session.screenshot('export-2-save-dialog.png'));
  await page.keyboard.press('Enter');

  const ann = path.join(session.folder, 'seeds', SEED_000.replace(/\.txt$/, '.ann'));
  const deadline = Date.now() + 15000;
  while (!fs.existsSync(ann) && Date.now() < deadline) await page.waitForTimeout(200);
  if (!fs.existsSync(ann)) throw new Error(`${ann} was not written`);
  await page.waitForTimeout(800);
  saved.push(await session.screenshot('export-3-done.png'));
  console.log(`wrote ${ann}:\n${fs.readFileSync(ann, 'utf8').split('\n').slice(0, 8).join('\n')}`);

  // The notification's "Open" button shows the .ann.
  await page.locator('.notification-toast .monaco-button', { hasText: 'Open' }).first().click();
  await page.locator(`.tabs-container .tab[aria-label*="${path.basename(ann)}"]`).first().waitFor({ timeout: 15000 });
  await page.keyboard.press('Control+F');
  await page.keyboard.type('新疆维 吾尔');
  await page.waitForTimeout(800);
  saved.push(await session.screenshot('export-4-ann.png'));
} finally {
  await session.finish();
}
