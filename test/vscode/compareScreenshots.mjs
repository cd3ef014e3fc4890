#!/usr/bin/env node
// Screenshots of the compare panel in a real VS Code (code-server + headless Chromium), driven like a user:
// open seed 000, run "News Annotator: Compare Reports" from the Command Palette, pick 002 in the quick pick,
// then look at the panel in a dark and a light theme. PNGs go to test/screenshots/ (git-ignored).
// Usage: npm run build && node test/vscode/compareScreenshots.mjs
import { startScreenshotSession } from './session.mjs';

const A = '000_deca428bdd7aab90.txt';
const B = '002_743d57c06baac69f.txt';

/** The webview's content frame: webviews are nested iframes; ours holds <main id="compare">. */
async function compareFrame(page, timeoutMs = 60000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      const ready = await frame.evaluate(() => !!document.querySelector('#compare .columns')).catch(() => false);
      if (ready) return frame;
    }
    await page.waitForTimeout(250);
  }
  throw new Error('the compare panel did not appear');
}

/** Types `prefix + text` into the open quick input and clicks the row showing `text`. */
async function pickInQuickPick(page, text, prefix = '') {
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 15000 });
  await input.fill(prefix + text);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: text }).first();
  await row.waitFor({ timeout: 15000 });
  await row.click();
}

/** Scrolls the panel so that a section heads the view. */
async function showSection(frame, id) {
  await frame.evaluate((sectionId) => document.getElementById(sectionId)?.scrollIntoView({ block: 'start' }), id);
  await frame.page().waitForTimeout(300);
}

async function setTheme(session, theme) {
  // Take the keyboard back from the webview first, then use the Command Palette like a user.
  await session.page.locator('.part.statusbar').click();
  await session.page.keyboard.press('Control+Shift+P');
  await pickInQuickPick(session.page, 'Preferences: Color Theme', '>');
  await pickInQuickPick(session.page, theme);
  await session.page.waitForTimeout(1500);
}

const session = await startScreenshotSession('compareScreenshots', { folder: 'seeds', viewport: { width: 1800, height: 1050 } });
const { saved } = session;
try {
  const { page } = session;
  await session.openFile(A);
  // Room for the panel: hide the side bar (Ctrl+B) as a reader would.
  await page.keyboard.press('Control+B');
  await session.runCommand('News Annotator: Compare Reports');
  await pickInQuickPick(page, B);
  const frame = await compareFrame(page);

  // What a reader sees: report the panel's own text, not our model.
  const seen = await frame.evaluate(() => ({
    summary: document.getElementById('summary')?.textContent,
    marksB: new Set([...document.querySelectorAll('mark.passage[data-side="b"]')].map((m) => m.dataset.passages)).size,
    people: [...document.querySelectorAll('#people table.names')].map((t) => t.innerText.replace(/\s+/g, ' ').slice(0, 300)),
    images: document.querySelectorAll('img').length,
    imageLinks: document.querySelectorAll('a.image-link').length,
  }));
  console.log(JSON.stringify(seen, null, 2));

  // Click a passage on B's side: A's column scrolls to it and both light up.
  await frame.locator('mark.passage[data-side="b"]').nth(8).click();
  await page.waitForTimeout(800);

  for (const [theme, name] of [['Dark Modern', 'dark'], ['Light Modern', 'light']]) {
    if (name === 'light') await setTheme(session, theme);
    await showSection(frame, 'passages');
    saved.push(await session.screenshot(`compare-${name}-passages.png`));
    await showSection(frame, 'people');
    saved.push(await session.screenshot(`compare-${name}-people.png`));
    await showSection(frame, 'timeline');
    saved.push(await session.screenshot(`compare-${name}-timeline.png`));
  }
} catch (error) {
  saved.push(await session.screenshot('compare-failure.png').catch(() => 'no screenshot'));
  throw error;
} finally {
  await session.finish();
}
