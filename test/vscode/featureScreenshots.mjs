#!/usr/bin/env node
// Issue 3 screenshots, taken by driving the real UI of VS Code (code-server + headless Chromium): open a seed
// with Ctrl+P, move the real mouse over names and dates for their hover cards, show seed 002's Outline view.
// Saves PNGs into test/screenshots/ (git-ignored). Usage: npm run build && node test/vscode/featureScreenshots.mjs
import * as fs from 'node:fs';
import * as path from 'node:path';
import { startScreenshotSession, ROOT } from './session.mjs';

const SEED_000 = '000_deca428bdd7aab90.txt';
const SEED_002 = '002_743d57c06baac69f.txt';

/** 1-based line of the first occurrence of `text` in a seed (for Ctrl+G). */
function lineOf(file, text) {
  const lines = fs.readFileSync(path.join(ROOT, 'seeds', file), 'utf8').split('\n');
  return lines.findIndex((line) => line.includes(text)) + 1;
}

// The real seeds/ folder (not a temp copy), so the files open in the zh-news language as users see them.
// Nothing here edits the files.
const session = await startScreenshotSession('featureScreenshots', { folder: 'seeds', copyFolder: false, settings: { 'editor.hover.delay': 100, 'editor.minimap.enabled': false } });
const { page, saved, hoverAndShoot } = session;

async function goToLine(line) {
  await page.keyboard.press('Control+G');
  await page.keyboard.type(String(line));
  await page.keyboard.press('Enter');
  await page.waitForTimeout(500);
}

try {
  await session.openFile(SEED_000);
  await page.waitForTimeout(4000); // first analysis: segmenter start + semantic tokens
  saved.push(await session.screenshot('features-000-highlighting.png'));

  await hoverAndShoot('陈吉宁', 'features-000-hover-person.png', 1);

  await goToLine(lineOf(SEED_000, '泽普县'));
  await hoverAndShoot('泽普县', 'features-000-hover-place.png');

  await goToLine(lineOf(SEED_000, '27日下午'));
  await hoverAndShoot('27日下午', 'features-000-hover-date.png');

  await session.openFile(SEED_002);
  await page.waitForTimeout(2500);
  await session.runCommand('Explorer: Focus on Outline View');
  // Collapse the file list so the Outline gets the sidebar's height.
  await page.locator('.pane-header', { hasText: 'seeds' }).first().click().catch(() => {});
  // Widen the sidebar (drag its sash) so the events' dates and places show.
  const sidebar = await page.locator('.part.sidebar').boundingBox();
  if (sidebar) {
    const x = sidebar.x + sidebar.width;
    await page.mouse.move(x, 450);
    await page.mouse.down();
    await page.mouse.move(x + 330, 450, { steps: 10 });
    await page.mouse.up();
  }
  await page.waitForTimeout(2500);
  saved.push(await session.screenshot('features-002-outline.png'));
  const outline = await page.locator('.outline-pane .monaco-list-row').allInnerTexts().catch(() => []);
  console.log(`--- outline rows:\n${outline.join('\n')}`);
} finally {
  await session.finish();
}
