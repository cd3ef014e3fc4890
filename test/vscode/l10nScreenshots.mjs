#!/usr/bin/env node
// Two languages, seen as a user sees them: the same hover card with code-server started in English and with
// `--locale zh-cn` (VS Code's own UI stays English without the Chinese language pack, which cannot be
// downloaded here, but vscode.env.language becomes zh-cn and the extension loads l10n/bundle.l10n.zh-cn.json).
// Saves test/screenshots/l10n-hover-en.png and l10n-hover-zh-cn.png.
// Usage: npm run build && node test/vscode/l10nScreenshots.mjs
import * as path from 'node:path';
import { startSession, ROOT } from './session.mjs';

const SEED = '000_deca428bdd7aab90.txt';

async function shoot(locale) {
  const session = await startSession({
    folder: 'seeds',
    copyFolder: false, // read only: nothing here edits the seeds
    locale,
    settings: { 'editor.hover.delay': 100, 'editor.minimap.enabled': false },
  });
  try {
    const { page } = session;
    await session.openFile(SEED);
    await page.waitForTimeout(4000); // first analysis
    const person = await session.hoverText('陈吉宁', { occurrence: 1, timeoutMs: 8000 });
    console.log(`--- [${locale}] hover over 陈吉宁:\n${person}\n`);
    const file = await session.screenshot(`l10n-hover-${locale}.png`);
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
    const date = await session.hoverText('27日下午', { timeoutMs: 8000 }).catch(() => '');
    console.log(`--- [${locale}] hover over 27日下午:\n${date}\n`);
    const dateFile = await session.screenshot(`l10n-hover-date-${locale}.png`);
    console.log(`saved ${path.relative(ROOT, file)}, ${path.relative(ROOT, dateFile)}`);
    return person;
  } finally {
    await session.close();
  }
}

const timer = setTimeout(() => {
  console.error('l10nScreenshots: timed out');
  process.exit(1);
}, 240000);
try {
  const en = await shoot('en');
  const zh = await shoot('zh-cn');
  if (!/Titles:/.test(en)) console.error('the English hover has no "Titles:" label');
  if (!/职务：/.test(zh)) console.error('the zh-cn hover has no "职务：" label');
} finally {
  clearTimeout(timer);
}
