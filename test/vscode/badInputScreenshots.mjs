#!/usr/bin/env node
// Bad inputs as a user meets them: a GBK file opened as UTF-8 and a 10 MB file, each with its one message and
// the status bar item (the 10 MB file after VS Code's own "Open Anyway"). Saves test/screenshots/bad-input-gbk.png and bad-input-huge.png (add `zh-cn` as the
// first argument for the Chinese display language). Usage: npm run build && node test/vscode/badInputScreenshots.mjs [zh-cn]
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startScreenshotSession } from './session.mjs';

const locale = process.argv[2] ?? 'en';
const suffix = locale === 'en' ? '' : `-${locale}`;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-bad-inputs-'));
const folder = path.join(dir, 'bad-inputs');
fs.mkdirSync(folder);
const sentence = '2023年8月27日，上海市委书记陈吉宁在新疆喀什地区考察，与新疆维吾尔自治区党委书记马兴瑞一道出席座谈会。\n\n';
// GBK bytes from the decoder's table (Node decodes GBK but cannot encode it).
const gbk = new Map();
const decoder = new TextDecoder('gbk');
for (let lead = 0x81; lead <= 0xfe; lead++) {
  for (let trail = 0x40; trail <= 0xfe; trail++) {
    const ch = trail === 0x7f ? '' : decoder.decode(Uint8Array.of(lead, trail));
    if (ch.length === 1 && ch !== '\uFFFD' && !gbk.has(ch)) gbk.set(ch, [lead, trail]);
  }
}
const toGbk = (text) => Uint8Array.from([...text].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : gbk.get(ch) ?? [0x3f])));
fs.writeFileSync(path.join(folder, 'gbk.news.txt'), toGbk(sentence.repeat(30)));
fs.writeFileSync(path.join(folder, 'huge.news.txt'), sentence.repeat(Math.ceil((10 * 1024 * 1024) / Buffer.byteLength(sentence))));

const session = await startScreenshotSession('badInputScreenshots', { folder, copyFolder: false, locale, settings: { 'editor.minimap.enabled': false } });
try {
  const { page } = session;
  for (const [file, name] of [['gbk.news.txt', 'gbk'], ['huge.news.txt', 'huge']]) {
    // A 10 MB file may open behind VS Code's own large-file prompt rather than as an editor: shoot it as it is.
    // A 10 MB file opens behind VS Code's own "very large" prompt: answer it as a user would.
    await session.openFile(file).catch(async () => {
      await page.locator('.monaco-button', { hasText: /Open Anyway|仍然打开/ }).first().click();
      await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout: 60000 });
    });
    await page.waitForTimeout(name === 'huge' ? 9000 : 4000);
    const toasts = await page.locator('.notifications-toasts .notification-list-item-message').allInnerTexts().catch(() => []);
    const status = await page.locator('.statusbar-item[id*="newsAnnotator"]').allInnerTexts().catch(() => []);
    console.log(`--- ${file}\nnotifications: ${toasts.join(' | ')}\nstatus bar: ${status.join(' | ')}`);
    session.saved.push(await session.screenshot(`bad-input-${name}${suffix}.png`));
  }
} finally {
  await session.finish();
  fs.rmSync(dir, { recursive: true, force: true });
}
