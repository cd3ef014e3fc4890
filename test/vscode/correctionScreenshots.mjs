#!/usr/bin/env node
// Issue 5 screenshots of corrections, taken by driving the real VS Code UI (code-server + headless Chromium) on a
// temp copy of seeds/: the quick-fix menu on a selection (Ctrl+.), the result of "Mark as person", the editor's
// context submenu, the corrections file with schema validation, and the one warning for a malformed file.
// Saves PNGs into test/screenshots/ (git-ignored). Usage: npm run build && node test/vscode/correctionScreenshots.mjs
import * as fs from 'node:fs';
import * as path from 'node:path';
import { startScreenshotSession } from './session.mjs';

const SEED_000 = '000_deca428bdd7aab90.txt';
const session = await startScreenshotSession(
  'correctionScreenshots',
  { settings: { 'editor.hover.delay': 100, 'editor.minimap.enabled': false, 'editor.lightbulb.enabled': 'on' } },
  { timeoutMs: 240000 },
);
const { page, saved } = session;
const correctionsFile = path.join(session.folder, '.vscode/news-annotator.json');

/** Drags the real mouse across `text` in the active editor, selecting it. */
async function select(text) {
  const pos = await session.locateText(text);
  if (!pos) throw new Error(`not visible: ${text}`);
  await page.mouse.move(pos.x - pos.width / 2 + 1, pos.y);
  await page.mouse.down();
  await page.mouse.move(pos.x + pos.width / 2 - 1, pos.y, { steps: 6 });
  await page.mouse.up();
  await page.waitForTimeout(300);
}

async function shoot(name) {
  saved.push(await session.screenshot(name));
}

try {
  await session.openFile(SEED_000);
  await page.waitForTimeout(4000); // first analysis

  await select('援疆干部');
  await page.keyboard.press('Control+.');
  const menu = page.locator('.action-widget');
  await menu.waitFor({ state: 'visible', timeout: 10000 });
  await page.waitForTimeout(500);
  console.log(`--- quick fixes:\n${(await menu.innerText()).trim()}\n`);
  await shoot('corrections-quickfix-selection.png');

  // Keyboard, as a user of Ctrl+. would: down to "Mark … as person", Enter.
  for (let i = 0; i < 6; i++) {
    const focused = await page.locator('.action-widget .monaco-list-row.focused').first().getAttribute('aria-label').catch(() => '');
    if (focused?.endsWith('as person')) break;
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  await page.waitForTimeout(2500);
  const hover = await session.hoverText('援疆干部', { timeoutMs: 8000 });
  console.log(`--- hover after "Mark as person":\n${hover}\n`);
  await shoot('corrections-after-mark-hover.png');
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');

  const pos = await session.locateText('马兴瑞');
  await page.mouse.click(pos.x, pos.y, { button: 'right' });
  await page.locator('.context-view .action-item', { hasText: 'News Annotator' }).first().hover({ timeout: 10000 });
  await page.waitForTimeout(800);
  await shoot('corrections-context-submenu.png');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');

  console.log(`--- ${path.relative(session.folder, correctionsFile)} after the command:\n${fs.readFileSync(correctionsFile, 'utf8')}`);
  fs.writeFileSync(correctionsFile, '{\n  "version": 1,\n  "persons": [{ "name": 5 }, { "nmae": "援疆干部" }],\n  "notEntities": "党中央"\n}\n');
  const toast = page.locator('.notifications-toasts .notification-toast', { hasText: 'news-annotator.json' }).first();
  await toast.waitFor({ state: 'visible', timeout: 15000 });
  await page.waitForTimeout(500);
  console.log(`--- warning:\n${(await toast.innerText()).trim()}\n`);
  await shoot('corrections-malformed-warning.png');

  await toast.locator('.monaco-button', { hasText: 'Open File' }).first().click();
  await page.waitForTimeout(3000); // the JSON language server validates against the contributed schema
  await session.runCommand('View: Focus Problems (Errors, Warnings, Infos)').catch(() => {});
  await page.waitForTimeout(1500);
  await shoot('corrections-file-schema.png');
  const problems = await page.locator('.markers-panel .monaco-list-row').allInnerTexts().catch(() => []);
  console.log(`--- Problems view:\n${problems.join('\n')}`);
} finally {
  await session.finish();
}
