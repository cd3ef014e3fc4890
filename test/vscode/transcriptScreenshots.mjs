#!/usr/bin/env node
// Screenshots of real CCTV transcripts (../shared/corpus/xwlb) in the real VS Code, as a user reads them: hover
// cards of an official whose title names an organ by its short name (社会建设委主任委员), of a foreign leader whose
// name the segmenter cuts (托卡耶夫, 通伦), the Outline of a report whose long event label is shortened, a plenum's
// communiqué with the posts it fills, a double name joined by a hyphen (布朗-皮韦), the Outline of a report with a
// meeting the speaker recalls, the title 两国总理 gives both sides of a talk, the Outline of a games opened the day
// before the broadcast, a speaker's own act of the day before, a transliterated name the segmenter cut, an envoy's title and a body known by its name alone.
// Usage: npm run build && node test/vscode/transcriptScreenshots.mjs [FOLDER] (a folder holding those transcripts;
// default ../shared/corpus/xwlb, copied to a temporary folder first). Saves PNGs into test/screenshots/.
import * as path from 'node:path';
import { startScreenshotSession, ROOT } from './session.mjs';

const folder = path.resolve(process.argv[2] ?? path.join(ROOT, '..', 'shared', 'corpus', 'xwlb'));
const session = await startScreenshotSession('transcriptScreenshots', { folder, settings: { 'editor.hover.delay': 100, 'editor.minimap.enabled': false, 'editor.wordWrap': 'on' } });
const { page, saved, hoverAndShoot } = session;

/** Opens a transcript and waits for its first analysis to be drawn. */
async function openTranscript(name) {
  await session.openFile(name);
  await page.waitForTimeout(2500);
}

/** Saves a screenshot with the Outline in view, and prints the Outline's rows. */
async function shootOutline(png) {
  saved.push(await session.screenshot(png));
  const rows = await page.locator('.outline-pane .monaco-list-row').allInnerTexts().catch(() => []);
  console.log(`--- outline rows:\n${rows.join('\n')}`);
}

try {
  await session.openFile('20221027-05.txt');
  await page.waitForTimeout(5000);
  await hoverAndShoot('何毅亭', 'transcript-20221027-05-hover-committee-chair.png');
  await openTranscript('20240707-01.txt');
  await hoverAndShoot('托卡耶夫', 'transcript-20240707-01-hover-foreign-leader.png', 1);
  await openTranscript('20250403-03.txt');
  await hoverAndShoot('通伦', 'transcript-20250403-03-hover-name-before-zhi.png');
  await openTranscript('20230608-01.txt');
  await session.runCommand('Explorer: Focus on Outline View');
  await page.waitForTimeout(2500);
  await shootOutline('transcript-20230608-01-outline.png');
  // A plenum's communiqué: the posts it fills are events of its day, and who is elected holds the post from then.
  await openTranscript('20260822-02.txt');
  await shootOutline('transcript-20260822-02-outline-elections.png');
  await hoverAndShoot('张忠', 'transcript-20260822-02-hover-elected.png');
  // A double name joined by a hyphen, one person.
  await openTranscript('20250626-04.txt');
  await hoverAndShoot('布朗-皮韦', 'transcript-20250626-04-hover-double-name.png');
  // A meeting the speaker recalls (去年10月，我们在韩国庆州会见): an event of its own month, beside the day's meeting.
  await openTranscript('20260116-01.txt');
  await shootOutline('transcript-20260116-01-outline-recalled.png');
  // 两国总理 after 李强同希普金斯会谈: both sides hold the title, though none stands beside 李强.
  await openTranscript('20230628-06.txt');
  await hoverAndShoot('李强', 'transcript-20230628-06-hover-both-premiers.png', 1);
  // A games opened on the 23rd (…23日晚在杭州隆重开幕): the headline's 习近平出席开幕式 folds into that day, not the broadcast's.
  await openTranscript('20230924-01.txt');
  await shootOutline('transcript-20230924-01-outline-games.png');
  // A speaker's own act of the day before (习近平指出，昨天，我同阮富仲总书记一道宣布…): an event of the 12th in the Outline.
  await openTranscript('20231214-01.txt');
  await shootOutline('transcript-20231214-01-outline-speaker-recalls.png');
  // A transliterated name the segmenter cuts after its title (总统别|尔德穆哈梅多夫), whole with its title.
  await openTranscript('20230519-03.txt');
  await hoverAndShoot('别尔德穆哈梅多夫', 'transcript-20230519-03-hover-whole-name.png');
  // A double name after its title that the labeller reads only in part (议长阿吉亚尔-布兰科), whole with the title.
  await openTranscript('20241124-03.txt');
  await hoverAndShoot('阿吉亚尔-布兰科', 'transcript-20241124-03-hover-hyphen-after-title.png');
  // 临近春节 dates nothing: the visit's stops keep 2月9日至10日, and the headline folds into the lede.
  await openTranscript('20260211-03.txt');
  await shootOutline('transcript-20260211-03-outline-visit-days.png');
  // An envoy's title starts with the sender (习近平主席特别代表、国家副主席韩正), not with the sender's bare title.
  await openTranscript('20241021-03.txt');
  await hoverAndShoot('韩正', 'transcript-20241021-03-hover-envoy-title.png');
  // A body known by its name alone (也门胡塞武装), no person 胡塞.
  await openTranscript('20250118-10.txt');
  await hoverAndShoot('胡塞武装', 'transcript-20250118-10-hover-known-body.png');
  // 分别会见甲、乙、丙: one meeting with each guest in the Outline, who and where as the report tells them.
  await openTranscript('20251210-02.txt');
  await shootOutline('transcript-20251210-02-outline-each-guest.png');
  // The other side of a talk whose last characters the segmenter took for a place (同夏|巴兹|举行会谈), with the headline's title.
  await openTranscript('20221102-05.txt');
  await hoverAndShoot('夏巴兹', 'transcript-20221102-05-hover-talk-counterpart.png');
} finally {
  await session.finish();
}
