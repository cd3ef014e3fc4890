#!/usr/bin/env node
// Issue 13 screenshots, driving the real UI of VS Code (code-server + headless Chromium) over the six reports of
// test/fixtures/people: the People view opened on one official (titles by date, changes of post marked), the
// tooltip of a new post, and the person hover with titles over time — in a dark and a light theme.
// Saves PNGs into test/screenshots/ (git-ignored). Usage: npm run build && node test/vscode/peopleScreenshots.mjs
import * as path from 'node:path';
import { startScreenshotSession } from './session.mjs';

const OFFICIAL = '林志远';

/**
 * One session per theme. The Extension Development Host window of code-server ignores `workbench.colorTheme` from the
 * user settings it starts with (it opens in Light+), so the theme is picked as a user does, then checked.
 */
for (const [theme, themeLabel, themeClass] of [['dark', 'Dark Modern', 'vs-dark'], ['light', 'Light Modern', 'vs']]) {
  const session = await startScreenshotSession('peopleScreenshots', {
    folder: 'test/fixtures/people',
    settings: { 'editor.minimap.enabled': false },
    viewport: { width: 1500, height: 900 },
  }, { timeoutMs: 300_000 });
  try {
    await pickColorTheme(session, themeLabel, themeClass);
    await shoot(session, theme);
  } finally {
    await session.finish();
  }
}

async function pickColorTheme(session, label, themeClass) {
  const { page } = session;
  const applied = async () => (await page.evaluate(() => document.querySelector('.monaco-workbench')?.className ?? '')).split(/\s+/);
  // The picker by its key binding (the palette's first "Color Theme" row is the Marketplace browser); the
  // workbench may still be starting, so a few tries.
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.waitForTimeout(2000);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+T');
    try {
      await pick(page, label, label);
    } catch {
      continue;
    }
    await page.waitForTimeout(1500);
    if ((await applied()).includes(themeClass)) return;
  }
  throw new Error(`the color theme ${label} did not apply (workbench classes: ${(await applied()).join(' ')})`);
}

/** Picks the row showing `text` in the open quick input, after typing `typed`. */
async function pick(page, typed, text) {
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 15000 });
  await input.fill(typed);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: text }).first();
  await row.waitFor({ timeout: 15000 });
  await row.click();
}

async function shoot(session, theme) {
  const { page, saved } = session;
  await session.openFile('2021-hunan.txt');
  await page.waitForTimeout(5000); // first analysis, then the other reports in the background
  // Collapse the file list so the People view gets the side bar's height.
  await page.locator('.pane-header', { hasText: path.basename(session.folder) }).first().click().catch(() => {});
  await page.waitForTimeout(3000);

  await session.runCommand('News Annotator: Filter People…');
  await pick(page, OFFICIAL, OFFICIAL);
  await page.waitForTimeout(1500);
  // The first session's view can still be collapsed here (its section appears once the workspace is known as news).
  const peopleHeader = page.locator('.pane-header', { hasText: /^\s*People/i }).first();
  if ((await peopleHeader.getAttribute('aria-expanded').catch(() => null)) === 'false') await peopleHeader.click();
  await page.waitForTimeout(1500);
  // The tooltip of the first new post (2017), as a mouse gets it.
  await page.locator('.monaco-list-row', { hasText: '湖南省省长' }).first().hover().catch(() => {});
  await page.waitForTimeout(2000);
  saved.push(await session.screenshot(`people-view-${theme}.png`));
  const rows = await page.locator('[id="workbench.view.explorer"] .monaco-list-row').allInnerTexts().catch(() => []);
  console.log(`--- People view rows (${theme}):\n${rows.join('\n')}`);
  await page.mouse.move(700, 5);

  await session.openFile('2021-hunan.txt');
  const hover = await session.hoverText(OFFICIAL, { timeoutMs: 10000 });
  console.log(`--- hover over ${OFFICIAL} (${theme}):\n${hover}\n`);
  saved.push(await session.screenshot(`people-hover-${theme}.png`));
}
